import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class Crash_3535acb24bd3074db3bbe006a52a16ae8db9eb15 {
    static final String base64Bytes = String.join("", "AW5vcGU=");

    public static void main(String[] args) throws Throwable {
        Crash_3535acb24bd3074db3bbe006a52a16ae8db9eb15.class.getClassLoader().setDefaultAssertionStatus(true);
        try {
            Method fuzzerInitialize = org.sitrep.server.fuzz.ApiFuzzTarget.class.getMethod("fuzzerInitialize");
            fuzzerInitialize.invoke(null);
        } catch (NoSuchMethodException ignored) {
            try {
                Method fuzzerInitialize = org.sitrep.server.fuzz.ApiFuzzTarget.class.getMethod("fuzzerInitialize", String[].class);
                fuzzerInitialize.invoke(null, (Object) args);
            } catch (NoSuchMethodException ignored1) {
            } catch (IllegalAccessException | InvocationTargetException e) {
                e.printStackTrace();
                System.exit(1);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            e.printStackTrace();
            System.exit(1);
        }
        byte[] input = java.util.Base64.getDecoder().decode(base64Bytes);
        org.sitrep.server.fuzz.ApiFuzzTarget.fuzzerTestOneInput(input);
    }
}