package id.go.madiunkota.training.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.document.HostileUploads;
import id.go.madiunkota.common.problem.HostileInputContractTest;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.service.RegistrationService;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shared hostile-input contract, run against this service, and the hostile files on its upload route. */
@QuarkusTest
class HostileInputTest extends HostileInputContractTest {

    @Inject
    CalendarCopyService calendar;

    @Inject
    RegistrationService registrations;

    @Inject
    ObjectMapper mapper;

    @Override
    protected String prefix() {
        return "/api/training";
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void hostileDecreeScansAreRefusedAndLeaveNothing() {
        int year = TrainingFixtures.freshYear();
        TrainingFixtures.seedCalendar(calendar, year);
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROCUREMENT_OFFICIAL",
                TrainingFixtures.workingDay(year, 1), 3, 10));
        String registration = TrainingFixtures.online(registrations, mapper, session,
                TrainingFixtures.official("Rina Wulandari", "198812122012122003", true));
        String scan = DecreeScanTest.scan(registration);
        HostileUploads.refuseAll(request -> request, "PUT", scan, 65536, Path.of("target/file-uploads"),
                () -> given().when().get(scan).statusCode() == 200 ? 1 : 0);
    }
}
