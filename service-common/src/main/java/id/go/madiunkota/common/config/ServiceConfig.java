package id.go.madiunkota.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings every service has, under {@code madiun.service}. */
@ConfigMapping(prefix = "madiun.service")
public interface ServiceConfig {

    /** The service's code as used in events and the service standard: PPID, HELPDESK, VERIFICATION or TRAINING. */
    String code();

    /** The office's time zone; dates and working days are counted in it. */
    @WithDefault("Asia/Jakarta")
    ZoneId zone();
}
