package ucount.axl;

/** The SOAP requests a pull sends (formats.md section 3), as text. */
final class Soap {

    private Soap() {
    }

    static String envelope(AxlEndpoint endpoint, String operation, String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns=\""
                + endpoint.namespace() + "\"><soapenv:Header/><soapenv:Body><ns:" + operation + ">" + content
                + "</ns:" + operation + "></soapenv:Body></soapenv:Envelope>";
    }

    /** A list call: search criteria, the tags to return, and the page. */
    static String list(String searchCriteria, String returnedTags, int skip, int first) {
        return "<searchCriteria>" + searchCriteria + "</searchCriteria><returnedTags>" + returnedTags
                + "</returnedTags><skip>" + skip + "</skip><first>" + first + "</first>";
    }

    static String sql(String query) {
        return "<sql>" + escape(query) + "</sql>";
    }

    static String getUser(String userId) {
        return "<userid>" + escape(userId) + "</userid><returnedTags><userid/><associatedDevices><device/>"
                + "</associatedDevices><phoneProfiles><profileName/></phoneProfiles><defaultProfile/>"
                + "<associatedRemoteDestinationProfiles><remoteDestinationProfile/>"
                + "</associatedRemoteDestinationProfiles></returnedTags>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
