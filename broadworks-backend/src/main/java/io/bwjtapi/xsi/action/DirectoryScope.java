package io.bwjtapi.xsi.action;

/** Which directory to list: the user's group or the whole enterprise. */
public enum DirectoryScope {
    /** {@code directories/Group}. */
    GROUP("Group", "groupDirectory"),
    /** {@code directories/Enterprise}. */
    ENTERPRISE("Enterprise", "enterpriseDirectory");

    private final String resource;
    private final String listElement;

    DirectoryScope(String resource, String listElement) {
        this.resource = resource;
        this.listElement = listElement;
    }

    /** @return the resource name, which is also the response's root element */
    public String resource() {
        return resource;
    }

    /** @return the element holding the entries in the response */
    public String listElement() {
        return listElement;
    }
}
