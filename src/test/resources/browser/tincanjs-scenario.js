/*
 * TinCanJS (npm tincanjs 0.50.0, what authoring tools bundle) in the browser: statements and a State document
 * round trip through the LRS on another origin. TinCanJS speaks xAPI up to 1.0.2, which Scorelink serves with
 * its 1.0.3 behaviour (any 1.0.x version header).
 */
(function () {
    "use strict";

    var lrs = new TinCan.LRS({
        endpoint: Scenario.endpoint,
        auth: "Basic " + btoa(Scenario.key + ":" + Scenario.secret),
        version: "1.0.2",
        allowFail: false
    });

    /*
     * One TinCanJS call as a promise. TinCanJS calls back (err, value) with err null on success, otherwise the
     * HTTP status: 0 when the browser withheld the response (refused by CORS, or no connection).
     */
    function call(invoke) {
        return new Promise(function (resolve) {
            invoke(function (err, value) {
                resolve({ err: err === undefined ? null : err, value: value });
            });
        });
    }

    /** A step that must succeed: its value, or the scenario fails naming the step. */
    function step(result, name, invoke) {
        return call(invoke).then(function (outcome) {
            if (outcome.err !== null) {
                throw { step: name, status: typeof outcome.err === "number" ? outcome.err : null,
                    message: String(outcome.err) };
            }
            result.steps.push(name);
            return outcome.value;
        });
    }

    Scenario.run(async function (result) {
        var agent = new TinCan.Agent({ mbox: "mailto:tincan-" + Scenario.tag + "@example.com", name: "Browser Learner" }),
            experienced = new TinCan.Verb({ id: "http://adlnet.gov/expapi/verbs/experienced",
                display: { "en-US": "experienced" } }),
            completed = new TinCan.Verb({ id: "http://adlnet.gov/expapi/verbs/completed",
                display: { "en-US": "completed" } });

        function activity(n) {
            return new TinCan.Activity({ id: "https://example.com/browser/" + Scenario.tag + "/page-" + n,
                definition: { name: { "en-US": "Page " + n } } });
        }

        /* TinCan.Statement stamps an id and a timestamp: statements with an id go out as PUT. */
        function statement(verb, n) {
            return new TinCan.Statement({ actor: agent, verb: verb, object: activity(n) });
        }

        result.client = "tincanjs";
        result.version = lrs.version;

        var single = statement(experienced, 1);
        result.single = single.id; /* recorded before sending: the refused-origin test checks it never arrived */
        await step(result, "saveStatement", function (cb) { lrs.saveStatement(single, { callback: cb }); });

        var batch = [statement(experienced, 2), statement(completed, 3)];
        result.batch = batch.map(function (s) { return s.id; });
        var xhr = await step(result, "saveStatements", function (cb) { lrs.saveStatements(batch, { callback: cb }); });
        result.batchResponse = JSON.parse(xhr.responseText);

        var fetched = await step(result, "retrieveStatement", function (cb) {
            lrs.retrieveStatement(single.id, { callback: cb });
        });
        result.fetched = {
            id: fetched.id,
            actor: fetched.actor.mbox,
            verb: fetched.verb.id,
            object: fetched.target.id,
            stored: fetched.stored,
            authority: fetched.authority ? fetched.authority.asVersion(lrs.version) : null
        };

        var byVerb = await step(result, "queryStatements(agent, verb)", function (cb) {
            lrs.queryStatements({ params: { agent: agent, verb: experienced }, callback: cb });
        });
        result.experienced = byVerb.statements.map(function (s) { return s.id; });

        var byActivity = await step(result, "queryStatements(activity)", function (cb) {
            lrs.queryStatements({ params: { activity: activity(3) }, callback: cb });
        });
        result.page3 = byActivity.statements.map(function (s) { return s.id; });

        /* State: 1.0.3 lets a PUT replace without preconditions; TinCanJS sends its ETag as If-Match (lastSHA1). */
        var where = { activity: activity(1), agent: agent, contentType: "application/json" };
        function save(value, etag) {
            return function (cb) {
                lrs.saveState("bookmark", value, Object.assign({ callback: cb, lastSHA1: etag }, where));
            };
        }
        function load(cb) {
            lrs.retrieveState("bookmark", Object.assign({ callback: cb }, where));
        }

        await step(result, "saveState", save({ page: 3, answers: { q1: "b" } }, null));
        var first = await step(result, "retrieveState", load);
        result.stateFirst = { contents: first.contents, etag: first.etag };

        await step(result, "saveState(If-Match)", save({ page: 4, answers: { q1: "b", q2: "d" } }, first.etag));
        var stale = await call(save({ page: 99 }, first.etag));
        result.staleSaveStatus = stale.err;

        var second = await step(result, "retrieveState again", load);
        result.stateSecond = { contents: second.contents, etag: second.etag };
    });
}());
