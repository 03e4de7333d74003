package id.go.madiunkota.common.input;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters a resource method reads: {@code @QueryParam} and {@code @RestQuery} on its parameters (a
 * {@code @RestQuery} without a value goes by the Java name), inside {@code @BeanParam} classes (fields and record
 * components, nested bean params too, the same annotations on the class's supertypes), and on fields of the
 * resource class. The same method of a supertype or interface counts too, where the annotations may sit.
 */
final class QueryParameterNames {

    private QueryParameterNames() {
    }

    static Set<String> of(Class<?> resourceClass, Method method) {
        Set<String> names = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        if (resourceClass != null) {
            beanNames(resourceClass, names, seen);
        }
        for (Method declared : declarations(method)) {
            for (Parameter parameter : declared.getParameters()) {
                parameterNames(parameter, names, seen);
            }
        }
        return Collections.unmodifiableSet(names);
    }

    private static void parameterNames(Parameter parameter, Set<String> names, Set<Class<?>> seen) {
        String name = nameOf(parameter, parameter.getName());
        if (name != null) {
            names.add(name);
        } else if (parameter.isAnnotationPresent(BeanParam.class) || isUnannotatedContainer(parameter)) {
            beanNames(parameter.getType(), names, seen);
        }
    }

    /** Quarkus REST takes a class with parameter annotations as a bean param even without {@code @BeanParam}. */
    private static boolean isUnannotatedContainer(Parameter parameter) {
        Class<?> type = parameter.getType();
        if (type.isPrimitive() || type.getName().startsWith("java.") || parameter.getAnnotations().length > 0) {
            return false;
        }
        Set<String> inside = new HashSet<>();
        beanNames(type, inside, new HashSet<>());
        return !inside.isEmpty();
    }

    /** The names read by the fields and record components of {@code type} and its supertypes. */
    private static void beanNames(Class<?> type, Set<String> names, Set<Class<?>> seen) {
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            if (!seen.add(current)) {
                return;
            }
            for (Field field : current.getDeclaredFields()) {
                String name = nameOf(field, field.getName());
                if (name != null) {
                    names.add(name);
                } else if (field.isAnnotationPresent(BeanParam.class)) {
                    beanNames(field.getType(), names, seen);
                }
            }
            if (current.isRecord()) {
                for (RecordComponent component : current.getRecordComponents()) {
                    String name = nameOf(component, component.getName());
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
        }
    }

    /** The query parameter name an element reads, or null when it reads none. */
    private static String nameOf(AnnotatedElement element, String javaName) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof RestQuery rest) {
                return rest.value().isEmpty() ? javaName : rest.value();
            }
        }
        return null;
    }

    /** The method and the same method (name and parameter types) on every supertype and interface. */
    private static Set<Method> declarations(Method method) {
        Set<Method> found = new HashSet<>();
        found.add(method);
        Deque<Class<?>> types = new ArrayDeque<>();
        types.add(method.getDeclaringClass());
        Set<Class<?>> visited = new HashSet<>();
        while (!types.isEmpty()) {
            Class<?> type = types.poll();
            if (type == Object.class || !visited.add(type)) {
                continue;
            }
            try {
                found.add(type.getDeclaredMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException e) {
                // not declared here
            }
            if (type.getSuperclass() != null) {
                types.add(type.getSuperclass());
            }
            types.addAll(List.of(type.getInterfaces()));
        }
        return found;
    }
}
