/*
 * xAPI.js (npm @xapi/xapi 3.0.3, its UMD bundle with axios inside) in the browser, speaking xAPI 2.0.0 to the
 * LRS on another origin: statements with LRS-assigned ids, queries, and a State document under 2.0's
 * concurrency rules (Communication 3.1 / IEEE 9274.1.1 4.1.4).
 */
(function () {
    "use strict";

    var xapi = new XAPI({
        endpoint: Scenario.endpoint,
        auth: XAPI.toBasicAuth(Scenario.key, Scenario.secret),
        version: "2.0.0"
    });

    /*
     * How a failed request looks to the page: the HTTP status when the browser let it read the response,
     * otherwise axios's network error (status 0), which is what a CORS refusal looks like from inside a page.
     */
    function failureOf(error) {
        return {
            status: error && error.response ? error.response.status : 0,
            message: String(error && (error.code || error.message) || error)
        };
    }

    /** A step that must succeed: its response, or the scenario fails naming the step. */
    function step(result, name, request) {
        return request().then(function (response) {
            result.steps.push(name);
            return response;
        }, function (error) {
            var failure = failureOf(error);
            throw { step: name, status: failure.status, message: failure.message };
        });
    }

    /** A request expected to be refused: the status it got, refused or not (the test checks which). */
    function attempt(request) {
        return request().then(function (response) { return response.status; },
            function (error) { return failureOf(error).status; });
    }

    Scenario.run(async function (result) {
        var agent = { objectType: "Agent", mbox: "mailto:xapijs-" + Scenario.tag + "@example.com", name: "Browser Learner" },
            experienced = { id: "http://adlnet.gov/expapi/verbs/experienced", display: { "en-US": "experienced" } },
            completed = { id: "http://adlnet.gov/expapi/verbs/completed", display: { "en-US": "completed" } };

        function activity(n) {
            return { objectType: "Activity", id: "https://example.com/browser/" + Scenario.tag + "/page-" + n,
                definition: { name: { "en-US": "Page " + n } } };
        }

        /* No id: the LRS assigns them (Communication 2.1.2). */
        function statement(verb, n) {
            return { actor: agent, verb: verb, object: activity(n) };
        }

        result.client = "xapijs";
        result.version = "2.0.0";

        var single = await step(result, "sendStatement", function () {
            return xapi.sendStatement({ statement: statement(experienced, 1) });
        });
        result.single = single.data[0];
        result.responseVersion = single.headers["x-experience-api-version"] || null;

        var batch = await step(result, "sendStatements", function () {
            return xapi.sendStatements({ statements: [statement(experienced, 2), statement(completed, 3)] });
        });
        result.batch = batch.data;

        var fetched = await step(result, "getStatement", function () {
            return xapi.getStatement({ statementId: result.single });
        });
        result.fetched = fetched.data;

        var byVerb = await step(result, "getStatements(agent, verb)", function () {
            return xapi.getStatements({ agent: agent, verb: experienced.id });
        });
        result.experienced = byVerb.data.statements.map(function (s) { return s.id; });
        result.consistentThrough = byVerb.headers["x-experience-api-consistent-through"] || null;

        /* State: create only if absent, then update only with the current ETag. */
        var where = { agent: agent, activityId: activity(1).id, stateId: "bookmark" };
        function put(state, matchHeader, etag) {
            return function () {
                return xapi.setState(Object.assign({ state: state, matchHeader: matchHeader, etag: etag }, where));
            };
        }
        function get() {
            return xapi.getState(where);
        }

        await step(result, "setState(If-None-Match: *)", put({ page: 3, answers: { q1: "b" } }, "If-None-Match", "*"));
        var first = await step(result, "getState", get);
        result.stateFirst = { contents: first.data, etag: first.headers.etag || null };

        result.createAgainStatus = await attempt(put({ page: 0 }, "If-None-Match", "*"));
        result.unconditionalPutStatus = await attempt(put({ page: 0 }));
        await step(result, "setState(If-Match)", put({ page: 4, answers: { q1: "b", q2: "d" } }, "If-Match",
            result.stateFirst.etag));
        result.staleSetStatus = await attempt(put({ page: 99 }, "If-Match", result.stateFirst.etag));

        var second = await step(result, "getState again", get);
        result.stateSecond = { contents: second.data, etag: second.headers.etag || null };
    });
}());
