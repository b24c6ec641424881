package cn.zhifa.app.browser;

import cn.zhifa.platform.testing.ApiClient.Reply;
import cn.zhifa.platform.testing.TestClock;
import cn.zhifa.app.ServerProcess;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The data a scenario starts from, made through the HTTP API by the roles whose work it is (HR records the
 * officer, the judicial bureau issues the credential, the trainer records hours, the planner keeps targets).
 */
final class Seed {
    /** An officer of the roster with an active credential, its number and the holder's identity number. */
    record Officer(long id, String name, String number, String idNumber) {
    }

    static final String AGENCY = "500115002";
    static final String AREA = "500115";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final ServerProcess server;

    Seed(ServerProcess server) {
        this.server = server;
    }

    /** A development token, as the sign-in page gets one (the token itself, not an {@code Authorization} header). */
    String token(String role, String subject) {
        return bearer(role, subject).substring("Bearer ".length());
    }

    /** The {@code Authorization} header of a development token. */
    private String bearer(String role, String subject) {
        return server.api().devToken(subject, role);
    }

    private String hr() {
        return bearer("hr", "hr-seed");
    }

    private String judicial() {
        return bearer("judicial", "judicial-seed");
    }

    /** A regular, on-post officer of the market regulation bureau who passed both exams and holds a credential. */
    Officer officerWithCredential(String name) {
        return officerWithCredential(name, AGENCY, "MARKET_REGULATION");
    }

    /** The same of another agency and enforcement category (a joint plan's other matter). */
    Officer officerWithCredential(String name, String agencyCode, String category) {
        String idNumber = nextIdNumber();
        long id = officer(name, "REGULAR", idNumber, agencyCode, category);
        for (String kind : new String[] {"COMPREHENSIVE_LAW", "PROFESSIONAL_LAW"}) {
            call("POST", "/api/v1/officers/" + id + "/exams", "{\"kind\":\"" + kind
                    + "\",\"passed\":true,\"score\":86,\"takenOn\":\"" + TestClock.today().minusMonths(1) + "\"}", judicial(), 201);
        }
        String number = call("POST", "/api/v1/credentials", "{\"officerId\":" + id + "}", judicial(), 201).getString("number");
        return new Officer(id, name, number, idNumber);
    }

    /** An on-post officer of the market regulation bureau, recorded by HR, with no exam and no credential. */
    long officer(String name, String employmentType) {
        return officer(name, employmentType, nextIdNumber(), AGENCY, "MARKET_REGULATION");
    }

    private static String nextIdNumber() {
        int n = SEQUENCE.incrementAndGet();
        return idNumber(String.format("500115%04d%02d%02d%03d", 1970 + n % 30, 1 + n % 12, 1 + n % 28, n % 1000));
    }

    private long officer(String name, String employmentType, String idNumber, String agencyCode, String category) {
        String body = Json.createObjectBuilder().add("name", name).add("idNumber", idNumber).add("agencyCode", agencyCode)
                .add("position", "科员").add("employmentType", employmentType).add("postStatus", "ON_POST")
                .add("categories", Json.createArrayBuilder().add(category))
                .add("areas", Json.createArrayBuilder().add(AREA))
                .add("legalQualification", false).add("legalReviewer", false).build().toString();
        return call("POST", "/api/v1/officers", body, hr(), 201).getJsonNumber("id").longValue();
    }

    /** A course of this year organised by the officers' own agency, from {@code on} for as many days as its hours need. */
    long course(String title, String category, String hours, LocalDate on) {
        int days = new java.math.BigDecimal(hours).divide(java.math.BigDecimal.valueOf(8), 0, java.math.RoundingMode.CEILING)
                .max(java.math.BigDecimal.ONE).intValueExact();
        String body = Json.createObjectBuilder().add("title", title).add("category", category).add("organizerAgency", AGENCY)
                .add("hours", Json.createValue(new java.math.BigDecimal(hours))).add("startsOn", on.toString())
                .add("endsOn", on.plusDays(days - 1).toString()).add("mode", "OFFLINE").build().toString();
        return call("POST", "/api/v1/courses", body, bearer("trainer", "trainer-seed"), 201).getJsonNumber("id").longValue();
    }

    void attended(long courseId, long officerId, String hours) {
        call("POST", "/api/v1/courses/" + courseId + "/attendance", "[{\"officerId\":" + officerId + ",\"hours\":" + hours + "}]",
                bearer("trainer", "trainer-seed"), 201);
    }

    /** Imports {@code count} food businesses of the district into the target directory, spread over the classes. */
    void foodBusinesses(int count) {
        String[] risks = {"LOW", "MEDIUM", "HIGH", "VERY_HIGH"};
        String[] credits = {"A", "B", "C"};
        StringBuilder csv = new StringBuilder("creditCode,name,industry,area,riskLevel,creditLevel,address\n");
        for (int i = 1; i <= count; i++) {
            csv.append(creditCode(String.format("91500115MA5U%05d", i))).append(",长寿区第").append(i).append("食品经营部,食品销售,")
                    .append(AREA).append(',').append(risks[i % risks.length]).append(',').append(credits[i % credits.length])
                    .append(",长寿区凤城街道").append(i).append("号\n");
        }
        call("POST", "/api/v1/targets/import", csv.toString(), "text/csv", bearer("planner", "planner-seed"), 200);
    }

    /** A matter of the food-business list; returns its id. */
    long foodMatter() {
        return foodMatter("长寿区市场监督管理局");
    }

    /** A matter of the food-business list whose 抽查主体 is written as {@code subject} (a name, or an agency's code). */
    long foodMatter(String subject) {
        String body = Json.createObjectBuilder().add("name", "食品经营许可事项检查").add("subject", subject)
                .add("legalBasis", "《中华人民共和国食品安全法》第一百一十条").add("targetScope", "辖区食品经营者")
                .add("content", "食品经营许可条件保持情况").add("method", "现场检查").add("frequency", "每年一次")
                .add("category", "MARKET_REGULATION").add("agencyCode", AGENCY)
                .add("industries", Json.createArrayBuilder().add("食品销售")).build().toString();
        return call("POST", "/api/v1/matters", body, bearer("planner", "planner-seed"), 201).getJsonNumber("id").longValue();
    }

    /**
     * The check list of the field visit (检查表) the planner gives a matter: C01 needs a photo, C02 a video, C03 nothing;
     * no whole-visit video.
     */
    void checklist(long matterId) {
        String body = """
                {"items":[{"code":"C01","content":"食品经营许可证是否在有效期内并悬挂","legalBasis":"《食品安全法》第三十五条",
                           "method":"查验证照","evidenceRequired":["PHOTO"]},
                          {"code":"C02","content":"食品贮存场所是否整洁、温控记录是否完整","legalBasis":"《食品安全法》第三十三条",
                           "method":"现场查看、录像","evidenceRequired":["VIDEO"]},
                          {"code":"C03","content":"从业人员健康证明","legalBasis":"《食品安全法》第四十五条","method":"查阅资料"}],
                 "wholeVisitVideo":false}""";
        call("PUT", "/api/v1/matters/" + matterId + "/checklist", body, bearer("planner", "planner-seed"), 200);
    }

    /** The offset the server has of an upload (tus HEAD by its uploader), e.g. after a cut. */
    long uploadOffset(String uploadUrl, long officerId) {
        Reply reply = server.api().send("HEAD", java.net.URI.create(uploadUrl).getPath(), bearer("officer", String.valueOf(officerId)),
                null, null, Map.of("Tus-Resumable", "1.0.0")).expect(200);
        return Long.parseLong(reply.header("Upload-Offset"));
    }

    /** The officer of the team starts the visit (check-in without a position). */
    void checkIn(long inspectionId, long officerId) {
        call("POST", "/api/v1/inspections/" + inspectionId + "/check-in", "{}", bearer("officer", String.valueOf(officerId)), 200);
    }

    /** The field record as an officer of the team reads it. */
    JsonObject record(long inspectionId, long officerId) {
        return call("GET", "/api/v1/inspections/" + inspectionId + "/record", "", bearer("officer", String.valueOf(officerId)), 200);
    }

    /** A matter of {@code agencyCode} over the food-business list (a joint plan's matter); returns its id. */
    long matterOf(String name, String category, String agencyCode) {
        String body = Json.createObjectBuilder().add("name", name).add("subject", "长寿区有关部门")
                .add("legalBasis", "有关法律法规").add("targetScope", "辖区食品经营者").add("content", "检查内容")
                .add("method", "现场检查").add("frequency", "每年一次").add("category", category).add("agencyCode", agencyCode)
                .add("industries", Json.createArrayBuilder().add("食品销售")).build().toString();
        return call("POST", "/api/v1/matters", body, bearer("planner", "planner-seed"), 201).getJsonNumber("id").longValue();
    }

    /** A draft joint plan of {@code matterIds} over the district from today for a month. */
    long jointPlan(String name, java.util.List<Long> matterIds) {
        return draftPlan(name, matterIds.getFirst(), 0, null, null, null, ",\"matterIds\":" + matterIds);
    }

    /** A drawn inspection as the public sees it: its id, target and first inspector. */
    record Inspection(long id, String creditCode, long inspectorId) {
    }

    /** A draft plan over the district from today for a month (so that results can be entered today); returns its id. */
    long draftPlan(String name, long matterId) {
        return draftPlan(name, matterId, 0, null, null);
    }

    /**
     * A draft plan over the district from {@code daysAhead} days after today, for a month at most within its year,
     * naming the public entropy source {@code source} whose value comes out at {@code entropyAt} (none if null).
     */
    long draftPlan(String name, long matterId, int daysAhead, String source, java.time.Instant entropyAt) {
        return draftPlan(name, matterId, daysAhead, source, entropyAt, null);
    }

    /** The same, its drawn targets public at {@code disclosure} (AT_DRAW, AT_WINDOW_START, AT_RESULTS; null: AT_DRAW). */
    long draftPlan(String name, long matterId, int daysAhead, String source, java.time.Instant entropyAt,
                   String disclosure) {
        return draftPlan(name, matterId, daysAhead, source, entropyAt, disclosure, "");
    }

    private long draftPlan(String name, long matterId, int daysAhead, String source, java.time.Instant entropyAt,
                           String disclosure, String moreJson) {
        LocalDate start = TestClock.today().plusDays(daysAhead);
        LocalDate end = start.plusDays(30);
        if (end.getYear() != start.getYear()) {
            end = LocalDate.of(start.getYear(), 12, 31);
        }
        String entropy = source == null ? "" : ",\"entropySource\":{\"description\":\"" + source + "\",\"availableAt\":\""
                + entropyAt + "\"}";
        String body = "{\"name\":\"" + name + "\",\"matterId\":" + matterId + ",\"year\":" + start.getYear()
                + ",\"areas\":[\"" + AREA + "\"],\"ratios\":{\"LOW\":0.1,\"MEDIUM\":0.2,\"HIGH\":0.5,\"VERY_HIGH\":1},"
                + "\"creditMultipliers\":{\"A\":0.5,\"C\":2},\"teamSize\":2,\"startsOn\":\"" + start + "\",\"endsOn\":\"" + end
                + "\"" + entropy + (disclosure == null ? "" : ",\"disclosure\":\"" + disclosure + "\"") + moreJson + "}";
        return call("POST", "/api/v1/plans", body, bearer("planner", "planner-seed"), 201).getJsonNumber("id").longValue();
    }

    /** The newest plan of this name as the planner's API shows it (ratios as fractions, areas as codes). */
    JsonObject planNamed(String name) {
        return call("GET", "/api/v1/plans?size=100", "", bearer("planner", "planner-seed"), 200).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no plan named " + name));
    }

    /** The planner confirms a joint plan for one of its agencies (each agency does before the seal). */
    void confirmJoint(long planId, String agencyCode) {
        call("POST", "/api/v1/plans/" + planId + "/confirmations", Json.createObjectBuilder()
                .add("agencyCode", agencyCode).build().toString(), bearer("planner", "planner-seed"), 200);
    }

    /** The planner seals the plan: its commitment is public from now on. */
    void seal(long planId) {
        call("POST", "/api/v1/plans/" + planId + "/seal", "", bearer("planner", "planner-seed"), 200);
    }

    /** The planner cancels the plan with the reason. */
    void cancel(long planId, String reason) {
        call("POST", "/api/v1/plans/" + planId + "/cancel", Json.createObjectBuilder().add("reason", reason).build()
                .toString(), bearer("planner", "planner-seed"), 200);
    }

    /** The planner seals, draws and publishes a plan through the API, as the plan's page does. */
    void sealDrawAndPublish(long planId) {
        String planner = bearer("planner", "planner-seed");
        call("POST", "/api/v1/plans/" + planId + "/seal", "{}", planner, 200);
        call("POST", "/api/v1/plans/" + planId + "/draw", "{}", planner, 201);
        call("POST", "/api/v1/plans/" + planId + "/publish", "{}", planner, 200);
    }

    /** The inspections of a drawn plan as the planner sees them (the public may not see them yet). */
    java.util.List<Inspection> inspections(long planId) {
        return call("GET", "/api/v1/plans/" + planId, "", bearer("planner", "planner-seed"), 200)
                .getJsonArray("inspections").stream().map(JsonValue::asJsonObject)
                .map(i -> new Inspection(i.getJsonNumber("id").longValue(), i.getString("creditCode"),
                        i.getJsonArray("inspectors").getJsonObject(0).getJsonNumber("officerId").longValue()))
                .toList();
    }

    /** The names of every inspector drawn for the plan, by officer id (teams may take any of the area's officers). */
    java.util.Map<Long, String> inspectorNames(long planId) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        call("GET", "/api/v1/plans/" + planId, "", bearer("planner", "planner-seed"), 200)
                .getJsonArray("inspections").stream().map(JsonValue::asJsonObject)
                .flatMap(i -> i.getJsonArray("inspectors").stream().map(JsonValue::asJsonObject))
                .forEach(o -> names.put(o.getJsonNumber("officerId").longValue(), o.getString("name")));
        return names;
    }

    /** The planner takes an inspector off one inspection after the draw, for {@code reason} (e.g. ILLNESS). */
    void replace(long planId, long officerId, long inspectionId, String reason) {
        call("POST", "/api/v1/plans/" + planId + "/replacements", "{\"officerId\":" + officerId + ",\"reason\":\""
                + reason + "\",\"inspectionIds\":[" + inspectionId + "]}", bearer("planner", "planner-seed"), 201);
    }

    /** The planner publishes the results (结果公开): every inspection has its result. */
    void publishResults(long planId) {
        call("POST", "/api/v1/plans/" + planId + "/publish-results", "{}", bearer("planner", "planner-seed"), 200);
    }

    /** The planner enters a result, as on the plan's page. */
    void result(long inspectionId, String resultCode) {
        call("PUT", "/api/v1/inspections/" + inspectionId + "/result", "{\"resultCode\":\"" + resultCode
                + "\",\"inspectedOn\":\"" + TestClock.today() + "\",\"note\":\"现场检查\"}", bearer("planner", "planner-seed"), 200);
    }

    /** The planner enters the result of one matter of a joint plan's inspection (分事项结果). */
    void result(long inspectionId, long matterId, String resultCode) {
        call("PUT", "/api/v1/inspections/" + inspectionId + "/result", "{\"matterId\":" + matterId + ",\"resultCode\":\""
                + resultCode + "\",\"inspectedOn\":\"" + TestClock.today() + "\"}", bearer("planner", "planner-seed"), 200);
    }

    /** The team of each inspection of a drawn plan, by inspection id, as the planner sees it (officer ids). */
    Map<Long, java.util.List<Long>> teams(long planId) {
        Map<Long, java.util.List<Long>> out = new java.util.LinkedHashMap<>();
        call("GET", "/api/v1/plans/" + planId, "", bearer("planner", "planner-seed"), 200).getJsonArray("inspections")
                .getValuesAs(JsonObject.class).forEach(i -> out.put(i.getJsonNumber("id").longValue(),
                        i.getJsonArray("inspectors").getValuesAs(JsonObject.class).stream()
                                .map(o -> o.getJsonNumber("officerId").longValue()).toList()));
        return out;
    }

    /** The PNG of a credential's QR code as the judicial bureau prints it. */
    byte[] qrPng(String number) {
        return server.api().get("/api/v1/credentials/" + number + "/qr.png", judicial()).expect(200).bytes();
    }

    /**
     * Whether the inspection is on the first page of its inspector's tasks (ten, by date), as the officer's page first
     * shows them: other tests' plans on the same shared server may have given the officer many more.
     */
    boolean onFirstPageOfTasks(Inspection inspection) {
        return call("GET", "/api/v1/inspections?officerId=" + inspection.inspectorId() + "&page=1&size=10", "",
                bearer("officer", String.valueOf(inspection.inspectorId())), 200).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(i -> i.getJsonNumber("id").longValue() == inspection.id());
    }

    private JsonObject call(String method, String path, String json, String bearer, int expected) {
        return call(method, path, json, "application/json", bearer, expected);
    }

    private JsonObject call(String method, String path, String body, String contentType, String bearer, int expected) {
        Reply reply = server.api().send(method, path, bearer, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of())
                .expect(expected);
        return reply.structure() instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** GB 11643: the 17 digits and their mod-11 check character. */
    static String idNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** GB 32100: the 17 characters and their mod-31 check character. */
    static String creditCode(String first17) {
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(first17.charAt(i)) * weights[i];
        }
        int check = 31 - sum % 31;
        return first17 + CREDIT_ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
