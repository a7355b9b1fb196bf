package fr.portailpartenaires.bootstrap;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Requests drawn from the portal's OpenAPI document: for one documented operation, its path with each parameter a
 * real id, a random one or garbage, its query parameters, and a body made from its schema — as documented, with one
 * field of the wrong type, huge, full of control characters or missing, or no JSON at all. The same {@link Random}
 * draws the same requests (the ids it picks among are those the portal holds at that moment).
 */
final class OpenApiFuzzer {

    /** One documented operation: its method, its path template and its OpenAPI object. */
    record Operation(String method, String path, JsonNode spec) {

        boolean needsCsrf() {
            return spec.path("security").toString().contains("csrf");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A drawn request: the operation, the path and query as sent, its body and content type, and what was fuzzed. */
    record Draw(Operation operation, String target, Optional<String> contentType, byte[] body, String fuzzed) {

        /** The request as the failure messages show it (the body cut at 300 characters). */
        String shown() {
            String text = new String(body, StandardCharsets.UTF_8);
            return operation.method() + " " + (target.length() > 300 ? target.substring(0, 300) + "…" : target)
                    + " [" + fuzzed + "]" + contentType.map(type -> " (" + type + ")").orElse("")
                    + (body.length == 0 ? "" : " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text));
        }
    }

    private static final String[] CONTROL = {"\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r\n", "\u000b",
        "\f", "\u001b[31m", "\u007f", "\u0085", "\u2028", "\u202e", "\ufeff", "\ufffe", "\ud800", "\udfff"};
    private static final String[] NASTY = {"", " ", "   ", "null", "undefined", "true", "0", "-1", "1e309", "NaN",
        "99999999999999999999999", "-2147483649", "0x1F", "' OR '1'='1", "\"; drop table account; --",
        "<script>alert(1)</script>", "../../../../etc/passwd", "..", "%00", "%", "%zz", "${jndi:ldap://x/a}",
        "{{7*7}}", "\\", "\"", "[]", "{}", "😀👩‍👩‍👧", "Ünïcödé ÀÉÎ", "ß", "İ", "2024-02-30", "0000-00-00",
        "9999-12-31", "31/12/2024", "2024-13-45", "00000000-0000-0000-0000-000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff", "{6f9619ff-8b86-d011-b42d-00cf4fc964ff}", "a/b", "a?b=c", "#x"};
    private static final String[] FOREIGN_TYPES = {"text/plain", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/xml", "application/json; charset=ISO-8859-1", "text/csv"};

    private final JsonNode document;
    private final Random random;
    private final ObjectMapper plain = new ObjectMapper();
    private final ObjectMapper escaping = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private final Supplier<List<List<String>>> knownIds;
    private List<List<String>> ids = List.of();

    /**
     * @param knownIds the ids the portal holds now, grouped by the column holding them (read before each request
     *                 drawn, so that ids made by earlier requests are used too)
     */
    OpenApiFuzzer(JsonNode document, Random random, Supplier<List<List<String>>> knownIds) {
        this.document = document;
        this.random = random;
        this.knownIds = knownIds;
    }

    /** Every operation of the document, in its order. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operations.add(new Operation(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        operation.getValue()))));
        return operations;
    }

    /** A request for this operation. */
    Draw draw(Operation operation) {
        ids = knownIds.get();
        List<String> fuzzed = new ArrayList<>();
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            if ("path".equals(parameter.path("in").asText())) {
                String value = pathValue(schema, fuzzed, name);
                path = path.replace("{" + name + "}", value);
            } else if (random.nextInt(10) < 6) {
                int times = "array".equals(type(schema)) ? 1 + random.nextInt(3) : random.nextInt(20) == 0 ? 2 : 1;
                for (int i = 0; i < times; i++) {
                    String value = random.nextInt(2) == 0 ? text(schema.has("items") ? resolve(schema.path("items"))
                            : schema) : nasty(fuzzed, name);
                    query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=').append(encode(value));
                }
            }
        }
        if (random.nextInt(15) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append(encode(nastyText())).append('=')
                    .append(encode(nastyText()));
            fuzzed.add("unknown query parameter");
        }
        JsonNode content = operation.spec().path("requestBody").path("content");
        Optional<String> contentType = Optional.empty();
        byte[] body = new byte[0];
        if (content.has("application/json")) {
            contentType = Optional.of("application/json");
            body = jsonBody(resolve(content.path("application/json").path("schema")), fuzzed);
            if (random.nextInt(12) == 0) {
                contentType = random.nextInt(4) == 0 ? Optional.empty()
                        : Optional.of(FOREIGN_TYPES[random.nextInt(FOREIGN_TYPES.length)]);
                fuzzed.add("content type " + contentType.orElse("none"));
            }
        } else if (content.has("text/csv")) {
            contentType = Optional.of("text/csv");
            body = csvBody(fuzzed);
        } else if (random.nextInt(12) == 0) {
            contentType = Optional.of("application/json");
            body = garbageJson(fuzzed).getBytes(StandardCharsets.UTF_8);
            fuzzed.add("unexpected body");
        }
        return new Draw(operation, path + query, contentType, body, fuzzed.isEmpty() ? "as documented"
                : String.join(", ", fuzzed));
    }

    private String pathValue(JsonNode schema, List<String> fuzzed, String name) {
        int dice = random.nextInt(20);
        if ("uuid".equals(schema.path("format").asText())) {
            if (dice < 10 && !ids.isEmpty()) {
                List<String> column = ids.get(random.nextInt(ids.size()));
                return column.get(random.nextInt(column.size()));
            }
            if (dice < 13) {
                return randomUuid();
            }
        } else if (dice < 13) {
            return encode(text(schema));
        }
        fuzzed.add("garbage " + name);
        String garbage = random.nextInt(8) == 0 ? huge(List.of(100, 1_000, 9_000).get(random.nextInt(3)))
                : random.nextBoolean() ? NASTY[random.nextInt(NASTY.length)] : controlText();
        return garbage.isEmpty() ? "%20" : encode(garbage);
    }

    /** A value as the schema documents it (enum, example, format), or a plausible one. */
    private String text(JsonNode schema) {
        if (schema.has("enum")) {
            JsonNode choice = schema.path("enum").get(random.nextInt(schema.path("enum").size()));
            return choice.isNull() ? "" : choice.asText();
        }
        if (schema.has("example") && random.nextInt(4) != 0) {
            return schema.path("example").asText();
        }
        return switch (schema.path("format").asText()) {
            case "uuid" -> ids.isEmpty() || random.nextInt(3) == 0 ? randomUuid()
                    : pick(ids.get(random.nextInt(ids.size())));
            case "date" -> String.format("%04d-%02d-%02d", 2020 + random.nextInt(8), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            default -> switch (type(schema)) {
                case "integer", "number" -> Integer.toString(random.nextInt(200) - 20);
                case "boolean" -> Boolean.toString(random.nextBoolean());
                default -> "Texte" + random.nextInt(1000);
            };
        };
    }

    private String nasty(List<String> fuzzed, String name) {
        fuzzed.add("garbage " + name);
        return nastyText();
    }

    /** Garbage text: a nasty classic, control characters, or a huge string. */
    private String nastyText() {
        return switch (random.nextInt(4)) {
            case 0, 1 -> NASTY[random.nextInt(NASTY.length)];
            case 2 -> controlText();
            default -> huge(List.of(300, 3_000, 9_000).get(random.nextInt(3)));
        };
    }

    private String controlText() {
        StringBuilder text = new StringBuilder("a");
        for (int i = random.nextInt(4); i >= 0; i--) {
            text.append(CONTROL[random.nextInt(CONTROL.length)]).append('b');
        }
        return text.toString();
    }

    private String huge(int length) {
        String unit = List.of("A", "é", "😀", "<a>", "\u0000").get(random.nextInt(5));
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    private byte[] jsonBody(JsonNode schema, List<String> fuzzed) {
        int dice = random.nextInt(10);
        if (dice < 2) {
            return garbageJson(fuzzed).getBytes(StandardCharsets.UTF_8);
        }
        if (dice == 2) {
            fuzzed.add("bad UTF-8");
            byte[] valid = write(value(schema, 0), false).getBytes(StandardCharsets.UTF_8);
            byte[] broken = java.util.Arrays.copyOf(valid, valid.length + 2);
            int at = Math.max(1, random.nextInt(Math.max(1, valid.length)));
            System.arraycopy(valid, at, broken, at + 2, valid.length - at);
            broken[at] = (byte) 0xC3;
            broken[at + 1] = (byte) (random.nextBoolean() ? 0x28 : 0xFF);
            return broken;
        }
        JsonNode value = value(schema, 0);
        if (dice >= 5 && value instanceof ObjectNode object && !object.isEmpty()) {
            for (int times = 1 + random.nextInt(2); times > 0; times--) {
                mutate(object, schema, fuzzed);
            }
        }
        boolean escape = random.nextInt(3) == 0;
        return write(value, escape).getBytes(StandardCharsets.UTF_8);
    }

    /** Changes one field, at any depth: wrong type, huge, control characters, nasty text, null, absent, or an extra one. */
    private void mutate(ObjectNode object, JsonNode schema, List<String> fuzzed) {
        if (object.isEmpty()) {
            object.put(nastyText(), nastyText());
            fuzzed.add("unknown field");
            return;
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        JsonNode field = object.get(name);
        JsonNode fieldSchema = resolve(schema.path("properties").path(name));
        if (field instanceof ObjectNode inner && !inner.isEmpty() && random.nextBoolean()) {
            mutate(inner, fieldSchema, fuzzed);
            return;
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (random.nextInt(7)) {
            case 0 -> {
                JsonNode wrong = switch (random.nextInt(7)) {
                    case 0 -> nodes.numberNode(random.nextInt());
                    case 1 -> nodes.numberNode(new java.math.BigDecimal("1e400"));
                    case 2 -> nodes.booleanNode(true);
                    case 3 -> nodes.arrayNode().add("x").add(1);
                    case 4 -> nodes.objectNode().put("x", "y");
                    case 5 -> nodes.textNode(nastyText());
                    default -> nodes.numberNode(-0.5);
                };
                object.set(name, wrong);
                fuzzed.add("wrong type " + name);
            }
            case 1 -> {
                object.put(name, huge(List.of(1_000, 20_000, 200_000).get(random.nextInt(3))));
                fuzzed.add("huge " + name);
            }
            case 2 -> {
                object.put(name, (field.isTextual() ? field.asText() : "x") + CONTROL[random.nextInt(CONTROL.length)]);
                fuzzed.add("control character in " + name);
            }
            case 3 -> {
                object.put(name, NASTY[random.nextInt(NASTY.length)]);
                fuzzed.add("nasty " + name);
            }
            case 4 -> {
                object.putNull(name);
                fuzzed.add("null " + name);
            }
            case 5 -> {
                object.remove(name);
                fuzzed.add("without " + name);
            }
            default -> {
                object.put(nastyText(), nastyText());
                fuzzed.add("unknown field");
            }
        }
    }

    /** A JSON value as the schema documents it: required properties always, optional ones often. */
    private JsonNode value(JsonNode schema, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.has("oneOf")) {
            return value(resolve(schema.path("oneOf").get(random.nextInt(schema.path("oneOf").size()))), depth);
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(random.nextInt(schema.path("enum").size()));
        }
        return switch (type(schema)) {
            case "object" -> {
                ObjectNode object = nodes.objectNode();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(name -> required.add(name.asText()));
                schema.path("properties").properties().forEach(property -> {
                    if (depth < 4 && (required.contains(property.getKey()) || random.nextInt(3) != 0)) {
                        object.set(property.getKey(), value(resolve(property.getValue()), depth + 1));
                    }
                });
                yield object;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                int size = Math.max(schema.path("minItems").asInt(0), random.nextInt(3));
                for (int i = 0; i < size && depth < 4; i++) {
                    array.add(value(resolve(schema.path("items")), depth + 1));
                }
                yield array;
            }
            case "integer" -> schema.has("example") ? schema.path("example") : nodes.numberNode(
                    schema.path("minimum").asInt(0) + random.nextInt(Math.max(1,
                            Math.min(1_000, schema.path("maximum").asInt(1_000) - schema.path("minimum").asInt(0)))));
            case "number" -> schema.has("example") ? schema.path("example") : nodes.numberNode(random.nextInt(10_000) / 100.0);
            case "boolean" -> nodes.booleanNode(random.nextBoolean());
            case "null" -> nodes.nullNode();
            default -> nodes.textNode(text(schema));
        };
    }

    /** A body that is not one strict JSON object. */
    private String garbageJson(List<String> fuzzed) {
        String[] garbage = {"", "null", "[]", "{", "}", "{\"a\":", "\"texte\"", "123", "{}", "{} {}", "{}]garbage",
            "{\"login\":\"a\",\"login\":\"b\"}", "[".repeat(3_000) + "]".repeat(3_000), "\ufeff{}", "{'a':1}",
            "{\"a\":NaN}", "{\"a\":1,}", "nul", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}",
            "{\"a\":" + "1".repeat(5_000) + "}", "{" + "\"k\":{".repeat(2_000) + "}".repeat(2_001)};
        String chosen = garbage[random.nextInt(garbage.length)];
        fuzzed.add("body " + (chosen.length() > 20 ? chosen.substring(0, 20) + "…" : chosen));
        return chosen;
    }

    private byte[] csvBody(List<String> fuzzed) {
        StringBuilder csv = new StringBuilder();
        int lines = random.nextInt(5);
        for (int i = 0; i < lines; i++) {
            csv.append(random.nextBoolean() ? "7573" + (10 + random.nextInt(90)) : nastyText())
                    .append(random.nextBoolean() ? ";" : ",").append(nastyText()).append('\n');
        }
        fuzzed.add("csv of " + lines + " lines");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String write(JsonNode value, boolean escapeNonAscii) {
        try {
            return (escapeNonAscii ? escaping : plain).writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String[] parts = resolved.path("$ref").asText().substring(2).split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.path(part);
            }
            resolved = target;
        }
        return resolved;
    }

    /** The schema's type; for a list of types ({@code ["string", "null"]}), one of them. */
    private String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            return type.get(random.nextInt(type.size())).asText();
        }
        return type.isMissingNode() ? (schema.has("properties") ? "object" : "string") : type.asText();
    }

    private String randomUuid() {
        return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
