package io.segue.shell.internal.fakes;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;

/** Checks what Gogo's {@code help} shows: a description on every command and on each of its arguments. */
public final class CommandAnnotations {

    private CommandAnnotations() {
    }

    public static void assertEveryCommandDescribed(Class<?> commands) {
        int described = 0;
        for (Method method : commands.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                continue;
            }
            assertNotNull(method.getAnnotation(Descriptor.class), method + " has no @Descriptor");
            for (Parameter parameter : method.getParameters()) {
                if (parameter.getType() != CommandSession.class) {
                    assertNotNull(parameter.getAnnotation(Descriptor.class),
                            method.getName() + "'s parameter " + parameter + " has no @Descriptor");
                }
            }
            described++;
        }
        assertTrue(described > 0, commands + " has no public command method");
    }
}
