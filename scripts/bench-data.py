#!/usr/bin/env python3
"""Generates a synthetic CUCM cluster for scripts/bench, on the real BAT header rows.

    bench-data.py PHONES OUT_DIR

writes OUT_DIR/csv/{phones,users,remote-destination-profiles,device-profiles}.csv (BAT exports: the 200-column
"Export Phones - All Details" header and the Import/Export enduser.csv header, from src/test/resources/fixtures)
and OUT_DIR/axl/{listPhone,listUser,listDeviceProfile,listRemoteDestinationProfile}.xml (the same cluster as AXL
list responses). The mix: about 0.63 users per phone; most users own one to three devices (a desk phone, Jabber for
desktop, Jabber on a mobile), a few own more, some none; about 8% of phones have no owner (lobby and conference
phones, analog ports, CTI ports, rooms); 10% of users have Single Number Reach (an RDP), 3% an Extension Mobility
profile. Same PHONES, same bytes (fixed seed).
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "src", "test", "resources", "fixtures")

FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
         "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
         "Raj", "Lisa", "Wei", "Yuna", "Thanh", "Nina", "Elena", "Kevin", "Amy", "George", "Hannah", "Luca",
         "Sofia", "Mateo", "Aisha", "Omar", "Priya", "Chen", "Fatima", "Jonas", "Ingrid", "Pierre", "Chloe"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Patel", "Chen", "Nguyen", "Lee", "Rossi", "Costa", "Wright", "Adams", "Green", "Campbell", "Okafor",
        "Dubois", "Mueller", "Schmidt", "Kowalski", "Silva", "Santos", "Kim", "Park", "Tanaka", "Ivanova"]
SITES = [("HQ", "+1212555"), ("BR1", "+1312555"), ("BR2", "+1415555"), ("LON", "+4420794"), ("PAR", "+3314567")]
DESK = [("Cisco 8865", 5), ("Cisco 8845", 3), ("Cisco 8851", 4), ("Cisco 7841", 6), ("Cisco 7821", 3),
        ("Cisco 6921", 1), ("Cisco 7965", 1)]
DESK_MODELS = [m for m, w in DESK for _ in range(w)]
MOBILE = ["Cisco Dual Mode for iPhone", "Cisco Dual Mode for Android"]
ROOMS = ["Cisco TelePresence SX20", "Cisco Webex Room Kit", "Cisco Webex Room 55"]
UNOWNED = [("Cisco 7841", "Lobby phone", 30), ("Cisco 7821", "Break room", 15), ("Cisco 8831", "Conference room", 10),
           ("Analog Phone", "Fax port", 20), ("CTI Port", "IVR port", 15), ("Cisco Webex Room Kit", "Meeting room", 8),
           ("Cisco 7832", "Huddle room", 2)]
UNOWNED_KINDS = [k for k in UNOWNED for _ in range(k[2])]


def header(name):
    with open(os.path.join(FIXTURES, name), encoding="utf-8") as f:
        return f.readline().rstrip("\r\n").split(",")


def quote(value):
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def devices_per_user(rng):
    """How many devices one user owns: mostly 1-3, some none, a few more than ten (R11a)."""
    r = rng.random()
    if r < 0.08:
        return 0
    if r < 0.63:
        return 1
    if r < 0.91:
        return 2
    if r < 0.97:
        return 3
    if r < 0.999:
        return rng.randint(4, 10)
    return rng.randint(11, 14)


class Cluster:
    def __init__(self, phones, seed=20240601):
        rng = random.Random(seed)
        self.users = []      # (userid, first, last, site, extension, mobility, [device names])
        self.phones = []     # (name, description, model, owner, protocol, dn, site, display)
        self.rdps = []
        self.profiles = []
        mac = 0x0A1B2C000000
        owned_target = round(phones * 0.92)
        n_users = round(phones * 0.63)
        owned = 0
        for i in range(n_users):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            uid = (first[0] + last).lower() + str(i)
            site, e164 = SITES[i % len(SITES)]
            ext = str(100000 + i)
            k = devices_per_user(rng) if owned < owned_target else 0
            k = min(k, owned_target - owned)
            names = []
            display = first + " " + last
            for j in range(k):
                if j == 0 and rng.random() < 0.012:
                    model, name, what = rng.choice(ROOMS), "SEP%012X" % mac, "office room system"
                    mac += 1
                elif j == 0 or j >= 4:
                    model, name, what = rng.choice(DESK_MODELS), "SEP%012X" % mac, "desk"
                    mac += 1
                elif j == 1:
                    model, name, what = "Cisco Unified Client Services Framework", "CSF" + uid.upper(), "Jabber"
                elif j == 2:
                    model = rng.choice(MOBILE)
                    name = ("TCT" if "iPhone" in model else "BOT") + uid.upper()
                    what = "Jabber mobile"
                else:
                    model, name, what = "Cisco Jabber for Tablet", "TAB" + uid.upper(), "Jabber tablet"
                description = display + " " + what
                if rng.random() < 0.03:
                    description = display + ", " + site + " floor " + str(rng.randint(1, 9))
                if rng.random() < 0.002:
                    description = display + ' "' + what + '"'
                protocol = "SIP" if model != "Cisco 6921" else "SCCP"
                self.phones.append((name, description, model, uid, protocol, ext, site, e164, display))
                names.append(name)
            owned += k
            mobility = rng.random() < 0.10
            self.users.append((uid, first, last, site, e164, ext, mobility, names))
            if mobility:
                self.rdps.append(("RDP_" + uid, display + " SNR", uid, site))
            if rng.random() < 0.03:
                self.profiles.append(("UDP_" + uid, display + " EM profile", rng.choice(DESK_MODELS), uid))
        for i in range(phones - owned):
            model, what, _ = rng.choice(UNOWNED_KINDS)
            site, e164 = SITES[i % len(SITES)]
            if model == "Analog Phone":
                name = "AN%012X" % mac
                mac += 1
            elif model == "CTI Port":
                name = "CTIP_%s_%05d" % (site, i)
            else:
                name = "SEP%012X" % mac
                mac += 1
            dn = str(900000 + i)
            protocol = "SCCP" if model in ("Analog Phone", "CTI Port") else "SIP"
            self.phones.append((name, what + " " + site + " " + str(i), model, "", protocol, dn, site, e164,
                                what))
        rng.shuffle(self.phones)


def write_phones(cluster, path):
    h = header("bat_export_phones_all_details_HEADER_real.csv")
    col = {name: i for i, name in enumerate(h)}
    template = [""] * len(h)
    for name, value in [("Location", "Hub_None"), ("Extension Mobility", "f"), ("Packet Capture Mode", "None"),
                        ("Packet Capture Duration", "0"), ("Built in Bridge", "Default"), ("Privacy", "Default"),
                        ("Retry Video Call as Audio", "t"), ("Ignore Presentation Indicators", "f"),
                        ("MLPP Indication", "Off"), ("MLPP Preemption", "Disabled"),
                        ("Allow CTI Control Flag", "t"), ("Device Presence Group", "Standard Presence group"),
                        ("Unattended Port", "f"), ("Require DTMF Reception", "f"), ("RFC2833 Disabled", "f"),
                        ("Certificate Operation", "No Pending Operation"), ("Default DTMF Capability", "No Preference"),
                        ("MTP Required", "f"), ("Remote Device", "f"), ("Device Mobility Mode", "Default"),
                        ("DND Option", "Ringer Off"), ("Do Not Disturb", "f"), ("Maximum Number of Calls 1", "4"),
                        ("Busy Trigger 1", "2")]:
        template[col[name]] = value
    fields = {name: col[name] for name in [
        "Device Name", "Description", "Device Pool", "Phone Button Template", "CSS", "Device Type", "User ID 1",
        "Owner User ID", "Common Phone Profile", "Device Security Profile", "Device Protocol", "SIP Profile",
        "Directory Number 1", "Route Partition 1", "Voice Mail Profile 1", "Line Text Label 1",
        "External Phone Number Mask 1", "Alerting Name 1", "ASCII Alerting Name 1", "Display 1", "ASCII Display 1"]}
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(h) + "\r\n")
        for name, description, model, owner, protocol, dn, site, e164, display in cluster.phones:
            row = template[:]
            f = fields
            row[f["Device Name"]] = name
            row[f["Description"]] = quote(description)
            row[f["Device Pool"]] = "DP_" + site
            row[f["Phone Button Template"]] = "Standard " + model.replace("Cisco ", "") + " " + protocol
            row[f["CSS"]] = "CSS_" + site + "_National"
            row[f["Device Type"]] = model
            row[f["User ID 1"]] = owner
            row[f["Owner User ID"]] = owner
            row[f["Common Phone Profile"]] = "Standard Common Phone Profile"
            row[f["Device Security Profile"]] = model + " - Standard " + protocol + " Non-Secure Profile"
            row[f["Device Protocol"]] = protocol
            if protocol == "SIP":
                row[f["SIP Profile"]] = "Standard SIP Profile"
            row[f["Directory Number 1"]] = dn
            row[f["Route Partition 1"]] = "PT_Internal"
            row[f["External Phone Number Mask 1"]] = e164 + "XXXX"
            if owner:
                row[f["Voice Mail Profile 1"]] = "VM_" + site
                for label in ("Line Text Label 1", "Alerting Name 1", "ASCII Alerting Name 1", "Display 1",
                              "ASCII Display 1"):
                    row[f[label]] = quote(display)
            out.write(",".join(row) + "\r\n")


def write_users(cluster, path):
    h = header("bat_importexport_enduser_HEADER_real.csv")
    col = {name: i for i, name in enumerate(h)}
    device_cols = [col["DEVICE NAME %d" % n] for n in range(1, 14)]
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(h) + "\r\n")
        for uid, first, last, site, e164, ext, mobility, names in cluster.users:
            row = [""] * len(h)
            row[col["FIRST NAME"]] = first
            row[col["LAST NAME"]] = last
            row[col["USER ID"]] = uid
            row[col["DEPARTMENT"]] = site
            row[col["TELEPHONE NUMBER"]] = e164 + ext[-4:]
            row[col["USER LOCALE"]] = "English United States"
            row[col["MAIL ID"]] = uid + "@example.com"
            row[col["STATUS"]] = "1"
            row[col["ENABLE VOICE MAIL ACCESS"]] = "t"
            row[col["ENABLE MOBILITY"]] = "t" if mobility else "f"
            row[col["DIRECTORY URI"]] = uid + "@example.com"
            row[col["HOME CLUSTER"]] = "t"
            row[col["UC SERVICE PROFILE"]] = "UCSP_" + site + "_Jabber"
            row[col["DISPLAY NAME"]] = first + " " + last
            row[col["USER PROFILE"]] = "Standard (Factory Default) User Profile"
            for c, name in zip(device_cols, names):
                row[c] = name
            row[col["PRIMARY EXTENSION 1"]] = ext
            out.write(",".join(row) + "\r\n")


def write_rdps(cluster, path):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Remote Destination Profile Name,Description,User ID,Device Pool,CSS,Rerouting CSS\r\n")
        for name, description, uid, site in cluster.rdps:
            css = "CSS_" + site + "_National"
            out.write(",".join([name, description, uid, "DP_" + site, css, css]) + "\r\n")


def write_profiles(cluster, path):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Device Profile Name,Description,Device Type,User ID,Login UserID\r\n")
        for name, description, model, uid in cluster.profiles:
            out.write(",".join([name, description, model, uid, uid]) + "\r\n")


def xml_text(value):
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_axl_phones(cluster, path):
    """A listPhone response (AXL LPhone, as axl_listPhone_response_CONSTRUCTED.xml in the domain samples)."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("<?xml version='1.0' encoding='UTF-8'?>\n"
                  '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">\n'
                  "  <soapenv:Body>\n"
                  '    <ns:listPhoneResponse xmlns:ns="http://www.cisco.com/AXL/API/12.5">\n'
                  "      <return>\n")
        for i, (name, description, model, owner, protocol, dn, site, e164, display) in enumerate(cluster.phones):
            mobile = model in MOBILE
            owner_el = ('<ownerUserName uuid="{0D0D0D0D-0000-0000-0001-%012X}">%s</ownerUserName>' % (i, owner)
                        if owner else "<ownerUserName/>")
            mobility_el = ('<mobilityUserIdName uuid="{0D0D0D0D-0000-0000-0001-%012X}">%s</mobilityUserIdName>'
                           % (i, owner) if mobile else "<mobilityUserIdName/>")
            out.write('        <phone ctiid="%d" uuid="{0D0D0D0D-0000-0000-0000-%012X}">\n'
                      "          <name>%s</name>\n"
                      "          <description>%s</description>\n"
                      "          <product>%s</product>\n"
                      "          <model>%s</model>\n"
                      "          <class>Phone</class>\n"
                      "          <protocol>%s</protocol>\n"
                      '          <devicePoolName uuid="{0D0D0D0D-0000-0000-0000-0000000000%02d}">DP_%s</devicePoolName>\n'
                      "          <enableExtensionMobility>false</enableExtensionMobility>\n"
                      "          %s\n"
                      "          <isDualMode>%s</isDualMode>\n"
                      "          %s\n"
                      "        </phone>\n"
                      % (100 + i, i, name, xml_text(description), model, model, protocol,
                         SITES.index(next(s for s in SITES if s[0] == site)), site, owner_el,
                         "true" if mobile else "false", mobility_el))
        out.write("      </return>\n    </ns:listPhoneResponse>\n  </soapenv:Body>\n</soapenv:Envelope>\n")


def write_axl_users(cluster, path):
    """A listUser response (AXL LUser, as axl_listUser_response_12.5.xml in the domain samples)."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("<?xml version='1.0' encoding='UTF-8'?>\n"
                  '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">\n'
                  "  <soapenv:Body>\n"
                  '    <ns:listUserResponse xmlns:ns="http://www.cisco.com/AXL/API/12.5">\n'
                  "      <return>\n")
        for i, (uid, first, last, site, e164, ext, mobility, names) in enumerate(cluster.users):
            out.write('        <user uuid="{0B0B0B0B-0000-0000-0000-%012X}">\n'
                      "          <firstName>%s</firstName>\n"
                      "          <middleName/>\n"
                      "          <lastName>%s</lastName>\n"
                      "          <userid>%s</userid>\n"
                      "          <mailid>%s@example.com</mailid>\n"
                      "          <telephoneNumber>%s</telephoneNumber>\n"
                      "          <enableMobility>%s</enableMobility>\n"
                      "        </user>\n"
                      % (i, first, last, uid, uid, e164 + ext[-4:], "true" if mobility else "false"))
        out.write("      </return>\n    </ns:listUserResponse>\n  </soapenv:Body>\n</soapenv:Envelope>\n")


def write_axl_profiles(cluster, path):
    """listDeviceProfile and listRemoteDestinationProfile responses (AXL LDeviceProfile, LRemoteDestinationProfile)."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("<?xml version='1.0' encoding='UTF-8'?>\n"
                  '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">\n'
                  "  <soapenv:Body>\n"
                  '    <ns:listDeviceProfileResponse xmlns:ns="http://www.cisco.com/AXL/API/12.5">\n'
                  "      <return>\n")
        for i, (name, description, model, uid) in enumerate(cluster.profiles):
            out.write('        <deviceProfile uuid="{0E0E0E0E-0000-0000-0000-%012X}">\n'
                      "          <name>%s</name>\n"
                      "          <description>%s</description>\n"
                      "          <product>%s</product>\n"
                      "          <model>%s</model>\n"
                      "          <class>Device Profile</class>\n"
                      "          <protocol>SIP</protocol>\n"
                      '          <loginUserId uuid="{0B0B0B0B-0000-0000-0001-%012X}">%s</loginUserId>\n'
                      "        </deviceProfile>\n" % (i, name, xml_text(description), model, model, i, uid))
        out.write("      </return>\n    </ns:listDeviceProfileResponse>\n  </soapenv:Body>\n</soapenv:Envelope>\n")
    rdp_path = os.path.join(os.path.dirname(path), "listRemoteDestinationProfile.xml")
    with open(rdp_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("<?xml version='1.0' encoding='UTF-8'?>\n"
                  '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">\n'
                  "  <soapenv:Body>\n"
                  '    <ns:listRemoteDestinationProfileResponse xmlns:ns="http://www.cisco.com/AXL/API/12.5">\n'
                  "      <return>\n")
        for i, (name, description, uid, site) in enumerate(cluster.rdps):
            out.write('        <remoteDestinationProfile ctiid="%d" uuid="{0F0F0F0F-0000-0000-0000-%012X}">\n'
                      "          <name>%s</name>\n"
                      "          <description>%s</description>\n"
                      "          <product>Remote Destination Profile</product>\n"
                      "          <model>Remote Destination Profile</model>\n"
                      "          <class>Remote Destination Profile</class>\n"
                      "          <protocol>Remote Destination</protocol>\n"
                      "          <userId>%s</userId>\n"
                      "        </remoteDestinationProfile>\n" % (200 + i, i, name, xml_text(description), uid))
        out.write("      </return>\n    </ns:listRemoteDestinationProfileResponse>\n  </soapenv:Body>\n"
                  "</soapenv:Envelope>\n")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: bench-data.py PHONES OUT_DIR")
    phones, out_dir = int(sys.argv[1]), sys.argv[2]
    cluster = Cluster(phones)
    os.makedirs(os.path.join(out_dir, "csv"), exist_ok=True)
    os.makedirs(os.path.join(out_dir, "axl"), exist_ok=True)
    write_phones(cluster, os.path.join(out_dir, "csv", "phones.csv"))
    write_users(cluster, os.path.join(out_dir, "csv", "users.csv"))
    write_rdps(cluster, os.path.join(out_dir, "csv", "remote-destination-profiles.csv"))
    write_profiles(cluster, os.path.join(out_dir, "csv", "device-profiles.csv"))
    write_axl_phones(cluster, os.path.join(out_dir, "axl", "listPhone.xml"))
    write_axl_users(cluster, os.path.join(out_dir, "axl", "listUser.xml"))
    write_axl_profiles(cluster, os.path.join(out_dir, "axl", "listDeviceProfile.xml"))
    print("%s: %d phones (%d owned), %d users, %d RDPs, %d device profiles"
          % (out_dir, len(cluster.phones), sum(1 for p in cluster.phones if p[3]), len(cluster.users),
             len(cluster.rdps), len(cluster.profiles)))


if __name__ == "__main__":
    main()
