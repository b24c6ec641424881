package cn.zhifa.training.mapper;

import jakarta.json.spi.JsonProvider;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * A list of ids or identity numbers bound as ONE parameter, so a lookup of a whole import chunk is one short
 * statement rather than an IN list of thousands: an SQL ARRAY on H2 (read with {@code UNNEST}), a JSON array
 * on MySQL/MariaDB (read with {@code JSON_TABLE}, MySQL 8 and MariaDB 10.6+). Parameters only; never read back.
 */
public class ValueListTypeHandler extends BaseTypeHandler<Collection<?>> {
    /** Looked up once: {@code Json.createArrayBuilder()} runs the ServiceLoader through every jar at each call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, Collection<?> values, JdbcType jdbcType)
            throws SQLException {
        if ("H2".equals(statement.getConnection().getMetaData().getDatabaseProductName())) {
            boolean numbers = !values.isEmpty() && values.iterator().next() instanceof Number;
            statement.setArray(index, statement.getConnection().createArrayOf(numbers ? "BIGINT" : "VARCHAR",
                    values.toArray()));
        } else {
            statement.setString(index, JSON.createArrayBuilder(values).build().toString());
        }
    }

    @Override
    public Collection<?> getNullableResult(ResultSet rs, String columnName) {
        throw new UnsupportedOperationException("a parameter type only");
    }

    @Override
    public Collection<?> getNullableResult(ResultSet rs, int columnIndex) {
        throw new UnsupportedOperationException("a parameter type only");
    }

    @Override
    public Collection<?> getNullableResult(CallableStatement cs, int columnIndex) {
        throw new UnsupportedOperationException("a parameter type only");
    }
}
