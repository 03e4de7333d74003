package id.go.madiunkota.common.letter;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * openhtmltopdf's messages in the service's log: warnings and errors (a broken template, a CSS rule it cannot read)
 * as warnings; its timing chatter on every render at debug.
 */
final class LayoutLog implements XRLogger {

    private static final Logger LOG = Logger.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warnf(th, "%s: %s", where, msg);
        } else {
            LOG.debugf("%s: %s", where, msg);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels come from the service's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || LOG.isDebugEnabled();
    }
}
