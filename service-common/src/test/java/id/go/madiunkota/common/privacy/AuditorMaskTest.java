package id.go.madiunkota.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The auditor's masks keep no more than a hint of a phone number or e-mail address, and nothing of an address. */
class AuditorMaskTest {

    @Test
    void aPhoneNumberKeepsItsPrefixAndLastTwoDigits() {
        assertThat(AuditorMask.phone("081298765432")).isEqualTo("0812******32");
        assertThat(AuditorMask.phone("+6281298765432")).isEqualTo("+628********32");
        assertThat(AuditorMask.phone("12")).isEqualTo("**");
        assertThat(AuditorMask.phone(null)).isNull();
    }

    @Test
    void anEmailKeepsItsFirstLetterAndDomain() {
        assertThat(AuditorMask.email("rina.kusuma@example.id")).isEqualTo("r**********@example.id");
        assertThat(AuditorMask.email("not-an-address")).isEqualTo("**************");
        assertThat(AuditorMask.email(null)).isNull();
    }

    @Test
    void anAddressIsMaskedWhole() {
        assertThat(AuditorMask.address("Jl. Pahlawan No. 37, Madiun")).isEqualTo("***");
        assertThat(AuditorMask.address(null)).isNull();
    }
}
