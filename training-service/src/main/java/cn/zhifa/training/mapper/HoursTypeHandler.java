package cn.zhifa.training.mapper;

import cn.zhifa.training.domain.Hours;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** {@link Hours} as the integer column {@code half_hours}. */
public class HoursTypeHandler extends BaseTypeHandler<Hours> {
    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Hours hours, JdbcType jdbcType) throws SQLException {
        ps.setInt(i, hours.halfHours());
    }

    @Override
    public Hours getNullableResult(ResultSet rs, String columnName) throws SQLException {
        int halfHours = rs.getInt(columnName);
        return rs.wasNull() ? null : Hours.ofHalfHours(halfHours);
    }

    @Override
    public Hours getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        int halfHours = rs.getInt(columnIndex);
        return rs.wasNull() ? null : Hours.ofHalfHours(halfHours);
    }

    @Override
    public Hours getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        int halfHours = cs.getInt(columnIndex);
        return cs.wasNull() ? null : Hours.ofHalfHours(halfHours);
    }
}
