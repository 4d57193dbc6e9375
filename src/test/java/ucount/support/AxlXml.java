package ucount.support;

import ucount.support.AcmeHq.Phone;
import ucount.support.AcmeHq.Profile;
import ucount.support.AcmeHq.Rdp;
import ucount.support.AcmeHq.User;

import java.util.List;
import java.util.Map;

/**
 * Writes AXL SOAP responses in the shapes of the real ones in shared/domain/samples (element order, XFkType uuid
 * attributes, empty and xsi:nil forms), for test data and for the fake AXL server.
 */
public final class AxlXml {

    /** Envelope conventions: AXL version, prefixes, and the XML declaration's quotes. */
    public record Style(String version, String env, String ns, boolean realDeclaration) {
        public static final Style CUCM_12_5 = new Style("12.5", "soapenv", "ns", true);
        public static final Style CUCM_10_5_OTHER_PREFIXES = new Style("10.5", "SOAP-ENV", "axl", false);
        public static final Style CUCM_15 = new Style("15.0", "soapenv", "ns", true);
    }

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private AxlXml() {
    }

    public static String response(Style s, String op, List<String> items) {
        StringBuilder b = new StringBuilder();
        b.append(s.realDeclaration() ? "<?xml version='1.0' encoding='UTF-8'?>\n" : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append('<').append(s.env()).append(":Envelope xmlns:").append(s.env())
                .append("=\"http://schemas.xmlsoap.org/soap/envelope/\">\n");
        b.append("  <").append(s.env()).append(":Body>\n");
        b.append("    <").append(s.ns()).append(':').append(op).append("Response xmlns:").append(s.ns())
                .append("=\"http://www.cisco.com/AXL/API/").append(s.version()).append("\">\n");
        b.append("      <return>\n");
        for (String item : items) b.append("        ").append(item).append('\n');
        b.append("      </return>\n");
        b.append("    </").append(s.ns()).append(':').append(op).append("Response>\n");
        b.append("  </").append(s.env()).append(":Body>\n");
        b.append("</").append(s.env()).append(":Envelope>\n");
        return b.toString();
    }

    public static String fault(String axlCode, String message) {
        return "<?xml version='1.0' encoding='UTF-8'?>\n<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Body><soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>" + esc(message)
                + "</faultstring><detail><axlError><axlcode>" + axlCode + "</axlcode><axlmessage>" + esc(message)
                + "</axlmessage><request>x</request></axlError></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>\n";
    }

    // ---- items ------------------------------------------------------------------------------------------------

    /** An LPhone (listPhone): no lines. {@code nilStyle} writes an empty owner as xsi:nil instead of {@code <x/>}. */
    public static String listPhone(Phone p, int i, boolean nilStyle) {
        return "<phone ctiid=\"" + (100 + i) + "\" uuid=\"" + uuid("0D", i) + "\">" + phoneCore(p, i)
                + fk("ownerUserName", p.owner(), uuid("0B", i), nilStyle)
                + "<isDualMode>" + p.model().startsWith("Cisco Dual Mode") + "</isDualMode>"
                + fk("mobilityUserIdName", p.mobilityUser(), uuid("0B", i), nilStyle)
                + fk("primaryPhoneName", p.primaryPhone(), uuid("0C", i), nilStyle)
                + "<loginUserId/></phone>";
    }

    /** An RPhone (getPhone): with lines and their associated end users, in the real element order. */
    public static String getPhone(Phone p, int i) {
        StringBuilder lines = new StringBuilder("<lines>");
        if (!p.line().isEmpty()) {
            lines.append("<line uuid=\"").append(uuid("1A", i)).append("\"><index>1</index><label/><display>")
                    .append(esc(p.description())).append("</display><dirn uuid=\"").append(uuid("1B", i))
                    .append("\"><pattern>").append(esc(p.line())).append("</pattern>")
                    .append(fk("routePartitionName", p.partition(), uuid("1C", i), false))
                    .append("</dirn><ringSetting>Use System Default</ringSetting><maxNumCalls>4</maxNumCalls>")
                    .append("<busyTrigger>2</busyTrigger><speedDial /><associatedEndusers>");
            if (!p.userId1().isEmpty()) {
                lines.append("<enduser><userId>").append(esc(p.userId1())).append("</userId></enduser>");
            }
            lines.append("</associatedEndusers><missedCallLogging>true</missedCallLogging></line>");
        }
        lines.append("</lines>");
        return "<phone ctiid=\"" + (100 + i) + "\" uuid=\"" + uuid("0D", i) + "\">" + phoneCore(p, i)
                + "<callingSearchSpaceName/><loadInformation special=\"false\"/>" + lines
                + "<numberOfButtons>12</numberOfButtons><speeddials/><busyLampFields/>"
                + fk("primaryPhoneName", p.primaryPhone(), uuid("0C", i), false)
                + "<loginUserId /><defaultProfileName/><currentConfig><deviceName/><model/><class/></currentConfig>"
                + fk("ownerUserName", p.owner(), uuid("0B", i), false)
                + fk("mobilityUserIdName", p.mobilityUser(), uuid("0B", i), false)
                + "<isActive>true</isActive></phone>";
    }

    private static String phoneCore(Phone p, int i) {
        return el("name", p.name()) + el("description", p.description()) + el("product", p.model())
                + el("model", p.model()) + el("class", p.deviceClass()) + el("protocol", p.protocol())
                + "<protocolSide>User</protocolSide><devicePoolName uuid=\"" + uuid("0E", 1) + "\">DP_HQ</devicePoolName>"
                + "<enableExtensionMobility>" + p.em() + "</enableExtensionMobility>";
    }

    /** An LUser (listUser), with the license-relevant fields requested in returnedTags. */
    public static String listUser(User u, int i) {
        return "<user uuid=\"" + uuid("0A", i) + "\">" + userCore(u) + "</user>";
    }

    /** An RUser (getUser), with associations. */
    public static String getUser(User u, int i, List<String> profiles, String defaultProfile, List<String> rdps) {
        StringBuilder b = new StringBuilder("<user uuid=\"" + uuid("0A", i) + "\">");
        b.append(userCore(u));
        b.append(list("associatedDevices", "device", u.devices(), false));
        b.append(list("phoneProfiles", "profileName", profiles, true));
        b.append(defaultProfile == null || defaultProfile.isEmpty() ? "<defaultProfile/>"
                : fk("defaultProfile", defaultProfile, uuid("2A", i), false));
        b.append(list("associatedRemoteDestinationProfiles", "remoteDestinationProfile", rdps, false));
        b.append("<ctiControlledDeviceProfiles/><homeCluster>true</homeCluster></user>");
        return b.toString();
    }

    private static String userCore(User u) {
        return el("firstName", u.firstName()) + "<middleName/>" + el("lastName", u.lastName()) + "<emMaxLoginTime/>"
                + el("userid", u.userId()) + el("mailid", u.mail())
                + (u.extension().isEmpty() ? "<primaryExtension/>" : "<primaryExtension><pattern>" + esc(u.extension())
                + "</pattern><routePartitionName>PT_Internal</routePartitionName></primaryExtension>")
                + "<enableCti>true</enableCti>"
                + "<enableMobility>" + u.mobility() + "</enableMobility><enableMobileVoiceAccess>false</enableMobileVoiceAccess>"
                + "<status>1</status><imAndPresenceEnable>" + u.imp() + "</imAndPresenceEnable>"
                + el("telephoneNumber", u.telephone());
    }

    /** An LDeviceProfile / RDeviceProfile; {@code login} null writes {@code <loginUserId/>}. */
    public static String deviceProfile(Profile p, int i, String login) {
        return "<deviceProfile uuid=\"" + uuid("0F", i) + "\">" + el("name", p.name()) + el("description", p.description())
                + el("product", p.model()) + el("model", p.model()) + "<class>Device Profile</class><protocol>SIP</protocol>"
                + (login == null || login.isEmpty() ? "<loginUserId/>" : fk("loginUserId", login, uuid("0B", i), false))
                + "</deviceProfile>";
    }

    public static String remoteDestinationProfile(Rdp r, int i) {
        return "<remoteDestinationProfile ctiid=\"" + (200 + i) + "\" uuid=\"" + uuid("3F", i) + "\">"
                + el("name", r.name()) + el("description", r.description())
                + "<product>Remote Destination Profile</product><model>Remote Destination Profile</model>"
                + "<class>Remote Destination Profile</class><protocol>Remote Destination</protocol>"
                + "<devicePoolName uuid=\"" + uuid("0E", 1) + "\">DP_HQ</devicePoolName>" + el("userId", r.user())
                + "</remoteDestinationProfile>";
    }

    /** An executeSQLQuery row: one child per column, NULL (empty value) as an empty element. */
    public static String row(Map<String, String> columns) {
        StringBuilder b = new StringBuilder("<row>");
        columns.forEach((k, v) -> b.append(el(k, v)));
        return b.append("</row>").toString();
    }

    // ---- pieces -----------------------------------------------------------------------------------------------

    public static String el(String name, String value) {
        if (value == null) return "";
        return value.isEmpty() ? "<" + name + "/>" : "<" + name + ">" + esc(value) + "</" + name + ">";
    }

    /** An XFkType: {@code <x uuid="{..}">name</x>}, or empty as {@code <x/>} or {@code <x xsi:nil="true" uuid=""/>}. */
    static String fk(String name, String value, String uuid, boolean nilStyle) {
        if (value == null || value.isEmpty()) {
            return nilStyle ? "<" + name + " xsi:nil=\"true\" uuid=\"\" xmlns:xsi=\"" + XSI + "\"/>" : "<" + name + "/>";
        }
        return "<" + name + " uuid=\"" + uuid + "\">" + esc(value) + "</" + name + ">";
    }

    private static String list(String container, String item, List<String> values, boolean fk) {
        if (values.isEmpty()) return "<" + container + "/>";
        StringBuilder b = new StringBuilder("<" + container + ">");
        for (int i = 0; i < values.size(); i++) {
            b.append(fk ? fk(item, values.get(i), uuid("2A", i + 1), false) : el(item, values.get(i)));
        }
        return b.append("</").append(container).append('>').toString();
    }

    static String uuid(String kind, int i) {
        return String.format("{%s%s%s%s-0000-0000-0000-%012d}", kind, kind, kind, kind, i);
    }

    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
