package io.segue.shell.internal.commands;

import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code segue:device-test}, the name operators expect: a Java method cannot carry a hyphen, so this is a Gogo
 * {@link Function} that parses {@code [-d|--duration seconds] <device>} and runs {@code segue:deviceTest}.
 */
@Component(service = Function.class, immediate = true,
        property = {"osgi.command.scope=segue", "osgi.command.function=device-test"})
public final class DeviceTestAlias implements Function {

    static final String USAGE = "usage: device-test [-d|--duration seconds] <device>   (help deviceTest explains it)";

    private final DeviceTestCommand command;

    @Activate
    public DeviceTestAlias(@Reference DeviceTestCommand command) {
        this.command = command;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        return run(arguments.stream().map(String::valueOf).toList());
    }

    String run(List<String> arguments) {
        String duration = DeviceTestCommand.DEFAULT_SECONDS;
        String device = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("-d") || argument.equals("--duration")) {
                if (i + 1 == arguments.size()) {
                    throw new IllegalArgumentException(argument + " needs a number of seconds; " + USAGE);
                }
                duration = arguments.get(++i);
            } else if (device == null && !argument.startsWith("-")) {
                device = argument;
            } else {
                throw new IllegalArgumentException("unexpected argument '" + argument + "'; " + USAGE);
            }
        }
        if (device == null) {
            throw new IllegalArgumentException("which device? " + USAGE);
        }
        return command.deviceTest(duration, device);
    }
}
