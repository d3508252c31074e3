package org.scorelink.bench;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deterministic, realistic xAPI statements for the benchmark. Statement {@code n} is a pure function of
 * ({@code seed}, {@code n}), so concurrent clients generate disjoint, reproducible content without sharing
 * state, and the query phase can re-create any stored statement to pick agents and activities that exist.
 *
 * <p>Three shapes, each 1–2 KB once the LRS adds {@code authority}, {@code stored} and {@code version}:
 * <ul>
 *   <li>cmi5 / authored content (60%): launched, initialized, progressed, completed, passed, failed,
 *       terminated… on an assignable unit, with result score and duration, a registration per learner and
 *       course, contextActivities parent/grouping/category and the cmi5 context extensions;</li>
 *   <li>VILT (15%): registered, attended, absent… on a live session, with an instructor, a team group and
 *       location extensions;</li>
 *   <li>learning paths (25%): progressed/completed on a path step, with the path as parent and the program
 *       as grouping.</li>
 * </ul>
 * Population: {@value #LEARNERS} learners, {@value #ACTIVITIES} activities, {@value #VERB_COUNT} verbs.
 */
final class StatementGenerator {

    static final int LEARNERS = 20_000;
    static final int COURSES = 150;
    static final int UNITS_PER_COURSE = 10;
    static final int PATHS = 50;
    static final int VILT_CLASSES = 60;
    static final int SESSIONS_PER_CLASS = 5;
    static final int INSTRUCTORS = 120;
    static final int TEAMS = 400;
    /** Courses + units + paths + live sessions. */
    static final int ACTIVITIES = COURSES + COURSES * UNITS_PER_COURSE + PATHS + VILT_CLASSES * SESSIONS_PER_CLASS;
    static final int VERB_COUNT = 30;

    private static final String ADL = "http://adlnet.gov/expapi/verbs/";
    private static final String CMI5 = "https://w3id.org/xapi/cmi5/";
    private static final String CONTENT = "https://content.scorelink-bench.example/";
    private static final String LMS = "https://lms.scorelink-bench.example";

    /** The 30 verbs: cmi5's defined verbs first, then VILT, learning-path and long-tail verbs. */
    static final String[] VERBS = {
        ADL + "launched", ADL + "initialized", ADL + "progressed", ADL + "completed", ADL + "passed",
        ADL + "failed", ADL + "terminated", "https://w3id.org/xapi/adl/verbs/abandoned",
        "https://w3id.org/xapi/adl/verbs/waived", "https://w3id.org/xapi/adl/verbs/satisfied",
        ADL + "registered", ADL + "attended", "http://id.tincanapi.com/verb/unregistered",
        "https://w3id.org/xapi/adl/verbs/absent", "http://id.tincanapi.com/verb/scheduled",
        "http://activitystrea.ms/schema/1.0/start", "http://activitystrea.ms/schema/1.0/complete",
        "http://id.tincanapi.com/verb/enrolled", ADL + "experienced", ADL + "answered",
        ADL + "interacted", ADL + "commented", "http://id.tincanapi.com/verb/rated",
        ADL + "shared", "http://id.tincanapi.com/verb/bookmarked", ADL + "suspended", ADL + "resumed",
        ADL + "mastered", ADL + "scored", ADL + "asked"
    };

    private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

    private final long seed;

    StatementGenerator(long seed) {
        this.seed = seed;
    }

    /** What the query phase needs to know about statement {@code n}. */
    record Keys(String id, String actorJson, String verb, String object, String grouping, String instructorJson) {
    }

    /** The JSON of statement {@code n}. */
    String statement(long n) {
        return build(n, new StringBuilder(1600)).toString();
    }

    /** Appends statements {@code from} .. {@code from + count - 1} as a JSON array. */
    String batch(long from, int count) {
        StringBuilder sb = new StringBuilder(count * 1600 + 2).append('[');
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(',');
            }
            build(from + i, sb);
        }
        return sb.append(']').toString();
    }

    Keys keys(long n) {
        Shape s = shape(n);
        return new Keys(s.id.toString(), actor(s.learner), VERBS[s.verb], s.object, s.grouping,
                s.instructor < 0 ? null : instructor(s.instructor));
    }

    /** Everything random about statement {@code n}, drawn in a fixed order from its own generator. */
    private final class Shape {
        final SplittableRandom r;
        final UUID id;
        final int kind; // 0 cmi5, 1 VILT, 2 learning path
        final int learner;
        int verb;
        String object;
        String grouping;
        String parent;
        int course;
        int unit;
        int instructor = -1;

        Shape(long n) {
            r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
            id = uuid(r);
            int k = r.nextInt(100);
            kind = k < 60 ? 0 : k < 75 ? 1 : 2;
            learner = skewed(r, LEARNERS);
            switch (kind) {
                case 0 -> {
                    course = skewed(r, COURSES);
                    unit = r.nextInt(UNITS_PER_COURSE);
                    int v = r.nextInt(100);
                    // launched/initialized/progressed dominate; outcomes and the long tail follow
                    verb = v < 18 ? 0 : v < 36 ? 1 : v < 58 ? 2 : v < 68 ? 3 : v < 76 ? 4 : v < 80 ? 5
                            : v < 94 ? 6 : v < 95 ? 7 : v < 96 ? 8 : v < 97 ? 9 : 18 + r.nextInt(12);
                    object = unitIri(course, unit);
                    parent = courseIri(course);
                    grouping = parent;
                }
                case 1 -> {
                    int cls = r.nextInt(VILT_CLASSES);
                    int session = r.nextInt(SESSIONS_PER_CLASS);
                    int v = r.nextInt(100);
                    verb = v < 30 ? 10 : v < 80 ? 11 : v < 86 ? 12 : v < 95 ? 13 : 14;
                    object = sessionIri(cls, session);
                    parent = classIri(cls);
                    grouping = parent;
                    instructor = cls * 2 % INSTRUCTORS + r.nextInt(2);
                    course = cls;
                }
                default -> {
                    int path = skewed(r, PATHS);
                    course = (path * 7 + r.nextInt(6)) % COURSES;
                    int v = r.nextInt(100);
                    verb = v < 45 ? 2 : v < 70 ? 3 : v < 80 ? 15 : v < 88 ? 16 : v < 95 ? 17 : 18 + r.nextInt(12);
                    object = courseIri(course);
                    parent = pathIri(path);
                    grouping = pathIri(path);
                    unit = path;
                }
            }
        }
    }

    private Shape shape(long n) {
        return new Shape(n);
    }

    private StringBuilder build(long n, StringBuilder sb) {
        Shape s = shape(n);
        SplittableRandom r = s.r;
        String ts = EPOCH.plusMillis(n * 2_500L + r.nextInt(2_000)).toString();
        sb.append("{\"id\":\"").append(s.id).append("\",\"actor\":");
        learner(s.learner, sb);
        sb.append(",\"verb\":{\"id\":\"").append(VERBS[s.verb]).append("\",\"display\":{\"en-US\":\"")
                .append(display(VERBS[s.verb])).append("\"}},");
        switch (s.kind) {
            case 0 -> cmi5(s, r, sb);
            case 1 -> vilt(s, r, sb);
            default -> path(s, r, sb);
        }
        return sb.append(",\"timestamp\":\"").append(ts).append("\"}");
    }

    private void cmi5(Shape s, SplittableRandom r, StringBuilder sb) {
        sb.append("\"object\":{\"objectType\":\"Activity\",\"id\":\"").append(s.object)
                .append("\",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/lesson\",")
                .append("\"name\":{\"en-US\":\"Course ").append(s.course).append(", unit ").append(s.unit + 1)
                .append("\"},\"description\":{\"en-US\":\"Assignable unit ").append(s.unit + 1)
                .append(" of the authored course ").append(s.course)
                .append(": scenario practice, knowledge check and summary\"}}},");
        String verb = VERBS[s.verb];
        boolean outcome = verb.endsWith("passed") || verb.endsWith("failed");
        boolean completed = verb.endsWith("completed");
        boolean progressed = verb.endsWith("progressed");
        boolean terminated = verb.endsWith("terminated");
        if (outcome || completed || progressed || terminated) {
            sb.append("\"result\":{");
            if (outcome) {
                int raw = verb.endsWith("passed") ? 80 + r.nextInt(21) : 20 + r.nextInt(60);
                sb.append("\"score\":{\"scaled\":").append(raw / 100.0).append(",\"raw\":").append(raw)
                        .append(",\"min\":0,\"max\":100},\"success\":").append(verb.endsWith("passed")).append(',');
            }
            if (completed) {
                sb.append("\"completion\":true,");
            }
            sb.append("\"duration\":\"PT").append(1 + r.nextInt(59)).append('M').append(r.nextInt(60))
                    .append(".").append(r.nextInt(100)).append("S\"");
            if (progressed) {
                sb.append(",\"extensions\":{\"" + CMI5 + "result/extensions/progress\":")
                        .append(5 + r.nextInt(95)).append('}');
            }
            sb.append("},");
        }
        sb.append("\"context\":{\"registration\":\"").append(registration(s.learner, 'c', s.course))
                .append("\",\"contextActivities\":{\"parent\":[{\"id\":\"").append(s.parent)
                .append("\",\"objectType\":\"Activity\"}],\"grouping\":[{\"id\":\"").append(s.grouping)
                .append("\",\"objectType\":\"Activity\",\"definition\":{\"type\":")
                .append("\"http://adlnet.gov/expapi/activities/course\",\"name\":{\"en-US\":\"Course ")
                .append(s.course).append("\"}}}],\"category\":[{\"id\":\"" + CMI5 + "v1.0\"}");
        if (outcome || completed) {
            sb.append(",{\"id\":\"" + CMI5 + "context/categories/moveon\"}");
        }
        sb.append("]},\"extensions\":{\"" + CMI5 + "context/extensions/sessionid\":\"")
                .append(new UUID(r.nextLong(), r.nextLong())).append("\",\"" + CMI5
                        + "context/extensions/masteryscore\":0.8,\"" + CMI5
                        + "context/extensions/launchmode\":\"Normal\",\"" + CMI5
                        + "context/extensions/launchurl\":\"").append(s.object).append("/index.html\",\"" + CMI5
                        + "context/extensions/moveon\":\"CompletedAndPassed\",\"" + CMI5
                        + "context/extensions/publisherid\":\"course-").append(s.course)
                .append("-au-").append(s.unit).append("\"},\"platform\":\"Scorelink Bench Player 3.2\",")
                .append("\"language\":\"en-US\"}");
    }

    private void vilt(Shape s, SplittableRandom r, StringBuilder sb) {
        int cls = s.course;
        sb.append("\"object\":{\"objectType\":\"Activity\",\"id\":\"").append(s.object)
                .append("\",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/meeting\",")
                .append("\"name\":{\"en-US\":\"Live class ").append(cls).append(", session ")
                .append(s.object.substring(s.object.length() - 1))
                .append("\"},\"description\":{\"en-US\":\"Instructor-led virtual session with breakout ")
                .append("exercises\"}}},");
        if (VERBS[s.verb].endsWith("attended")) {
            sb.append("\"result\":{\"duration\":\"PT").append(30 + r.nextInt(60)).append("M\",\"completion\":true,")
                    .append("\"extensions\":{\"https://scorelink-bench.example/xapi/ext/attendance-ratio\":")
                    .append(50 + r.nextInt(51)).append("}},");
        }
        int team = (s.learner + cls) % TEAMS;
        sb.append("\"context\":{\"registration\":\"").append(registration(s.learner, 'v', cls))
                .append("\",\"instructor\":").append(instructor(s.instructor))
                .append(",\"team\":{\"objectType\":\"Group\",\"name\":\"Cohort ").append(team)
                .append("\",\"account\":{\"homePage\":\"" + LMS + "/teams\",\"name\":\"team-").append(team)
                .append("\"}},\"contextActivities\":{\"parent\":[{\"id\":\"").append(s.parent)
                .append("\"}],\"grouping\":[{\"id\":\"").append(s.grouping).append("\"}],\"category\":[{\"id\":")
                .append("\"https://w3id.org/xapi/virtual-classroom/v1.0\"}]},\"extensions\":{")
                .append("\"http://id.tincanapi.com/extension/location\":{\"room\":\"VC-").append(cls % 12)
                .append("\",\"city\":\"").append(CITIES[cls % CITIES.length]).append("\",\"timezone\":\"")
                .append(ZONES[cls % ZONES.length]).append("\"},\"https://scorelink-bench.example/xapi/ext/")
                .append("delivery\":\"virtual\",\"https://scorelink-bench.example/xapi/ext/seat\":")
                .append(r.nextInt(40)).append("},\"platform\":\"Scorelink Virtual Classroom\",")
                .append("\"language\":\"en-GB\"}");
    }

    private void path(Shape s, SplittableRandom r, StringBuilder sb) {
        sb.append("\"object\":{\"objectType\":\"Activity\",\"id\":\"").append(s.object)
                .append("\",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/course\",")
                .append("\"name\":{\"en-US\":\"Course ").append(s.course).append("\"}}},");
        sb.append("\"result\":{\"completion\":").append(VERBS[s.verb].endsWith("completed"))
                .append(",\"extensions\":{\"https://w3id.org/xapi/cmi5/result/extensions/progress\":")
                .append(r.nextInt(101)).append(",\"https://scorelink-bench.example/xapi/ext/step\":")
                .append(1 + r.nextInt(6)).append("}},");
        sb.append("\"context\":{\"registration\":\"").append(registration(s.learner, 'p', s.unit))
                .append("\",\"contextActivities\":{\"parent\":[{\"id\":\"").append(s.parent)
                .append("\",\"definition\":{\"type\":\"http://id.tincanapi.com/activitytype/learning-path\",")
                .append("\"name\":{\"en-US\":\"Learning path ").append(s.unit).append("\"}}}],\"grouping\":[{")
                .append("\"id\":\"").append(s.grouping).append("\"},{\"id\":\"" + CONTENT + "programs/")
                .append(s.unit % 5).append("\"}],\"category\":[{\"id\":\"https://scorelink-bench.example/")
                .append("profiles/learning-path/v1\"}]},\"extensions\":{\"https://scorelink-bench.example/xapi/")
                .append("ext/assigned-by\":\"manager-").append(s.learner % 900).append("\",\"https://")
                .append("scorelink-bench.example/xapi/ext/due\":\"2024-12-31\"},\"platform\":\"Scorelink LXP\",")
                .append("\"language\":\"en-US\"}");
    }

    private static final String[] CITIES = {"London", "Berlin", "Toronto", "Singapore", "Sydney", "Austin"};
    private static final String[] ZONES = {"Europe/London", "Europe/Berlin", "America/Toronto", "Asia/Singapore",
        "Australia/Sydney", "America/Chicago"};

    /** Learners: most identified by an LMS account, every fifth by an mbox (as real mixed content is). */
    static String actor(int learner) {
        return learner(learner, new StringBuilder(160)).toString();
    }

    private static StringBuilder learner(int learner, StringBuilder sb) {
        sb.append("{\"objectType\":\"Agent\",\"name\":\"Learner ").append(learner).append("\",");
        if (learner % 5 == 0) {
            return sb.append("\"mbox\":\"mailto:learner").append(learner).append("@scorelink-bench.example\"}");
        }
        return sb.append("\"account\":{\"homePage\":\"" + LMS + "\",\"name\":\"learner-").append(learner)
                .append("\"}}");
    }

    static String instructor(int i) {
        return "{\"objectType\":\"Agent\",\"name\":\"Instructor " + i + "\",\"mbox\":\"mailto:instructor" + i
                + "@scorelink-bench.example\"}";
    }

    static String courseIri(int c) {
        return CONTENT + "courses/c" + c;
    }

    static String unitIri(int c, int u) {
        return CONTENT + "courses/c" + c + "/au/" + u;
    }

    static String pathIri(int p) {
        return CONTENT + "paths/p" + p;
    }

    static String classIri(int c) {
        return CONTENT + "vilt/class-" + c;
    }

    static String sessionIri(int c, int s) {
        return CONTENT + "vilt/class-" + c + "/session-" + s;
    }

    /** One registration per learner and course (or class, or path): a name-based UUID. */
    private static UUID registration(int learner, char kind, int what) {
        return UUID.nameUUIDFromBytes((learner + "/" + kind + what).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static UUID uuid(SplittableRandom r) {
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    /** Some learners and courses are much more active than others (a squared-uniform skew). */
    private static int skewed(SplittableRandom r, int n) {
        double u = r.nextDouble();
        return (int) (u * u * n);
    }

    private static String display(String verbIri) {
        return verbIri.substring(verbIri.lastIndexOf('/') + 1);
    }
}
