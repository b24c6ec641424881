package cn.zhifa.credential.mapper;

import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Dictionary codes as one comma-separated column (a credential's categories or areas, V34), {@code NULL} for none.
 * Codes come from the dictionaries and never contain a comma; no codes read as an empty list, never {@code null}.
 */
public class CodeListTypeHandler implements TypeHandler<List<String>> {
    private static final String SEPARATOR = ",";

    @Override
    public void setParameter(PreparedStatement ps, int i, List<String> codes, JdbcType jdbcType) throws SQLException {
        if (codes == null || codes.isEmpty()) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, String.join(SEPARATOR, codes));
        }
    }

    @Override
    public List<String> getResult(ResultSet rs, String columnName) throws SQLException {
        return codes(rs.getString(columnName));
    }

    @Override
    public List<String> getResult(ResultSet rs, int columnIndex) throws SQLException {
        return codes(rs.getString(columnIndex));
    }

    @Override
    public List<String> getResult(CallableStatement cs, int columnIndex) throws SQLException {
        return codes(cs.getString(columnIndex));
    }

    private static List<String> codes(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split(SEPARATOR));
    }
}
