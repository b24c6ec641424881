package cn.zhifa.db.testing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that touches the database: it runs on H2 and again on the real server
 * (surefire execution {@code mysql-test}), where it is skipped, with the reason, if no server is set.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("database")
@ExtendWith(TestDatabaseCondition.class)
public @interface DatabaseTest {
}
