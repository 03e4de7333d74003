package id.go.madiunkota.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Singleton;
import java.lang.annotation.Annotation;

/**
 * Lets a bean {@code @Inject Caller caller}: computed from the current request's identity when the bean is made.
 * A {@link Caller} is a value of one request, so it goes into a {@code @RequestScoped} resource (or is looked up per
 * request through {@code Instance<Caller>}); injected straight into an application-wide bean (a resource is a
 * {@code @Singleton} by default) it would name the first caller forever, so that is refused when the bean is made.
 */
@ApplicationScoped
public class CallerProducer {

    private final SecurityIdentity identity;

    public CallerProducer(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Produces
    @Dependent
    Caller caller(InjectionPoint injectionPoint) {
        if (injectedForEver(injectionPoint)) {
            throw new IllegalStateException("A Caller belongs to one request: make " + injectionPoint.getBean()
                    .getBeanClass().getName() + " @RequestScoped, or inject Instance<Caller> and call get() per "
                    + "request");
        }
        return Caller.of(identity);
    }

    /** True when the Caller goes straight into a bean that lives longer than a request. */
    static boolean injectedForEver(InjectionPoint injectionPoint) {
        if (injectionPoint == null || injectionPoint.getBean() == null) {
            return false;
        }
        boolean direct = injectionPoint.getAnnotated() == null
                || Caller.class.equals(injectionPoint.getAnnotated().getBaseType());
        Bean<?> bean = injectionPoint.getBean();
        Class<? extends Annotation> scope = bean.getScope();
        return direct && (scope == Singleton.class || scope == ApplicationScoped.class);
    }
}
