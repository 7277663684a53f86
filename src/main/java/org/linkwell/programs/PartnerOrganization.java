package org.linkwell.programs;

/** A community organisation that runs programs our clients are prescribed to. Absent text is "". */
public record PartnerOrganization(long id, int version, String externalId, String name, String description,
                                  String phone, String email, String website, String street, String city,
                                  String province, String postalCode, String contactPerson, String notes,
                                  boolean active) {

    public boolean isNew() {
        return id == 0;
    }

    public PartnerOrganization withIdentity(long newId, int newVersion, String newExternalId) {
        return new PartnerOrganization(newId, newVersion, newExternalId, name, description, phone, email, website,
                street, city, province, postalCode, contactPerson, notes, active);
    }

    public static PartnerOrganization named(String externalId, String name) {
        return new PartnerOrganization(0, 0, externalId, name, "", "", "", "", "", "", "ON", "", "", "", true);
    }
}
