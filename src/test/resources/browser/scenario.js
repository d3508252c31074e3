/*
 * Shared by the browser test pages: reads the test's parameters from the query string and reports a
 * scenario's outcome, as JSON text in #result with data-status "done" or "failed" (what BrowserClientsIT
 * waits for), and as window.scenarioResult.
 *
 * Query parameters: endpoint (the LRS's xAPI endpoint, on another origin), key and secret (an LRS client
 * credential the test created), tag (unique to the test, used in agent and activity ids).
 */
var Scenario = (function () {
    "use strict";
    var query = new URLSearchParams(window.location.search);

    function report(status, value) {
        var el = document.getElementById("result");
        window.scenarioResult = value;
        el.textContent = JSON.stringify(value);
        el.setAttribute("data-status", status);
    }

    return {
        endpoint: query.get("endpoint"),
        key: query.get("key"),
        secret: query.get("secret"),
        tag: query.get("tag"),

        /**
         * Runs steps(result): an async function that fills the result object. Whatever it recorded is reported;
         * a step that throws {step, status, message} ends the scenario as "failed".
         */
        run: function (steps) {
            var result = { origin: window.location.origin, steps: [] };
            steps(result).then(function () {
                report("done", result);
            }, function (failure) {
                result.failure = failure && failure.step ? failure
                    : { step: "?", status: null, message: String(failure && failure.stack || failure) };
                report("failed", result);
            });
        }
    };
}());
