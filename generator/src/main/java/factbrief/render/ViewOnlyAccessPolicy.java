package factbrief.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * What templates may call on Java objects: the zero-argument public methods of the view model's records (their
 * components and small derived values), and nothing else: no {@code getClass()}, no constructors, no fields.
 */
final class ViewOnlyAccessPolicy implements MemberAccessPolicy {
    static final ViewOnlyAccessPolicy INSTANCE = new ViewOnlyAccessPolicy();
    private static final String VIEW_PACKAGE = "factbrief.view";

    private static final ClassMemberAccessPolicy NOTHING = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            return false;
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    private static final ClassMemberAccessPolicy VIEW_RECORD = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            Class<?> owner = method.getDeclaringClass();
            return owner.isRecord() && VIEW_PACKAGE.equals(owner.getPackageName())
                    && method.getParameterCount() == 0 && Modifier.isPublic(method.getModifiers())
                    && !Modifier.isStatic(method.getModifiers()) && method.getReturnType() != void.class
                    && !method.getName().equals("hashCode") && !method.getName().equals("toString");
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    private ViewOnlyAccessPolicy() {
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        return type.isRecord() && VIEW_PACKAGE.equals(type.getPackageName()) ? VIEW_RECORD : NOTHING;
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return false;
    }
}
