package cn.zhifa.db.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

import java.util.Optional;

/** Testcontainers' MySQL 8.4, where a Docker engine runs. */
final class MysqlContainerDatabase {
    private MysqlContainerDatabase() {
    }

    static Optional<TestDatabase> start() {
        try {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                return Optional.empty();
            }
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
        MySQLContainer container = new MySQLContainer("mysql:8.4");
        container.start();
        TestDatabase server = TestDatabase.freshDatabase(container.getJdbcUrl(), "root", container.getPassword());
        return Optional.of(TestDatabase.of(server.url(), server.user(), server.password(),
                "Testcontainers " + server.description(), () -> {
                    container.stop();
                }));
    }
}
