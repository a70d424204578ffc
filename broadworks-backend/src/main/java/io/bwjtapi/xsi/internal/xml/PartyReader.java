package io.bwjtapi.xsi.internal.xml;

import io.bwjtapi.xsi.model.CallType;
import io.bwjtapi.xsi.model.PartyInfo;
import io.bwjtapi.xsi.model.XsiAddress;
import javax.xml.stream.XMLStreamException;

/** Reads XSD {@code PartyInformation} and {@code Address} elements. */
final class PartyReader {

    private PartyReader() {
    }

    static PartyInfo read(XmlCursor c) throws XMLStreamException {
        String name = null;
        XsiAddress address = null;
        String userId = null;
        XsiAddress userDn = null;
        boolean privacy = false;
        CallType callType = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "name": name = c.text(); break;
                case "address": address = address(c); break;
                case "userId": userId = c.text(); break;
                case "userDN": userDn = address(c); break;
                case "privacy": c.skip(); privacy = true; break;
                case "callType": callType = CallType.fromWire(c.text()); break;
                default: c.skip();
            }
        }
        return new PartyInfo(name, address, userId, userDn, privacy, callType);
    }

    /** Reads an address URI with its optional {@code countryCode} attribute. */
    static XsiAddress address(XmlCursor c) throws XMLStreamException {
        String countryCode = c.attribute("countryCode");
        Integer code = null;
        if (countryCode != null) {
            try {
                code = Integer.valueOf(countryCode.trim());
            } catch (NumberFormatException e) {
                throw new XMLStreamException("countryCode is not a number: " + countryCode);
            }
        }
        return new XsiAddress(c.text(), code);
    }
}
