package org.scorelink.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical definition rules of Data 2.4.4.1.s4 (IEEE 9274.1.1 4.2.4.3), without a container. */
class ActivityDefinitionTest {

    private static JsonObject json(String text) {
        return JsonIo.parseObject(text.replace('\'', '"'), "test");
    }

    private static JsonObject merge(String... newestFirst) {
        List<JsonObject> defs = new ArrayList<>();
        for (String d : newestFirst) {
            defs.add(json(d));
        }
        return ActivityDefinition.merge(defs);
    }

    @Test
    void noDefinitionsGiveAnEmptyDefinition() {
        assertEquals(JsonIo.object().build(), ActivityDefinition.merge(List.of()));
    }

    @Test
    void languageMapsMergePerLanguageNewestWinning() {
        JsonObject d = merge("{'name':{'en-US':'New'},'description':{'fr-FR':'Neuf'}}",
                "{'name':{'en-US':'Old','de-DE':'Alt'},'description':{'fr-FR':'Vieux','en-US':'Old d'}}");
        assertEquals(json("{'en-US':'New','de-DE':'Alt'}"), d.getJsonObject("name"));
        assertEquals(json("{'fr-FR':'Neuf','en-US':'Old d'}"), d.getJsonObject("description"));
    }

    @Test
    void typeMoreInfoAndExtensionsUpdateNewestWinningPerKey() {
        JsonObject d = merge("{'type':'http://t/new','extensions':{'http://x/a':1}}",
                "{'type':'http://t/old','moreInfo':'http://info/old','extensions':{'http://x/a':0,'http://x/b':{'k':2}}}");
        assertEquals("http://t/new", d.getString("type"), "Data 2.4.4.1.s4.b3: the definition is updated");
        assertEquals("http://info/old", d.getString("moreInfo"), "kept while no newer definition has one");
        assertEquals(json("{'http://x/a':1,'http://x/b':{'k':2}}"), d.getJsonObject("extensions"));
    }

    @Test
    void data244s4b5TheFirstInteractionKeepsItsTypePatternAndComponents() {
        JsonObject d = merge(
                "{'interactionType':'choice','correctResponsesPattern':['b'],"
                        + "'choices':[{'id':'b','description':{'en-US':'Bee','de-DE':'Be'}},{'id':'c'}]}",
                "{'interactionType':'choice','correctResponsesPattern':['a'],"
                        + "'choices':[{'id':'a','description':{'en-US':'A'}},{'id':'b','description':{'en-US':'B'}}]}");
        assertEquals("choice", d.getString("interactionType"));
        assertEquals(json("{'p':['a']}").get("p"), d.get("correctResponsesPattern"), "the first pattern stays");
        assertEquals(JsonIo.parse(("[{'id':'a','description':{'en-US':'A'}},"
                + "{'id':'b','description':{'en-US':'Bee','de-DE':'Be'}}]").replace('\'', '"'), "t"),
                d.get("choices"), "the first ids and order stay; their descriptions merge newest first");
    }

    @Test
    void data244s4b5ALaterDefinitionOfAnotherInteractionTypeChangesNothing() {
        JsonObject d = merge("{'interactionType':'likert','correctResponsesPattern':['3'],"
                + "'scale':[{'id':'3','description':{'en-US':'Agree'}}]}",
                "{'interactionType':'true-false','correctResponsesPattern':['true']}");
        assertEquals("true-false", d.getString("interactionType"));
        assertEquals("true", d.getJsonArray("correctResponsesPattern").getString(0));
        assertFalse(d.containsKey("scale"), "a component list of the other type is not mixed in");
    }

    @Test
    void interactionPropertiesTheFirstLackedComeFromTheOldestThatHasThem() {
        JsonObject d = merge("{'interactionType':'sequencing','correctResponsesPattern':['y[,]x']}",
                "{'interactionType':'sequencing','correctResponsesPattern':['x[,]y']}",
                "{'interactionType':'sequencing','choices':[{'id':'x'},{'id':'y'}]}",
                "{'name':{'en':'Order'}}");
        assertEquals("x[,]y", d.getJsonArray("correctResponsesPattern").getString(0));
        assertEquals(2, d.getJsonArray("choices").size());
        assertEquals("Order", d.getJsonObject("name").getString("en"));
    }

    @Test
    void definitionWithoutInteractionLeavesTheInteractionAlone() {
        JsonObject d = merge("{'name':{'en':'Renamed'}}",
                "{'interactionType':'matching','correctResponsesPattern':['1[.]a'],"
                        + "'source':[{'id':'1'}],'target':[{'id':'a'}]}");
        assertEquals("matching", d.getString("interactionType"));
        assertEquals(json("{'l':[{'id':'1'}]}").get("l"), d.get("source"));
        assertEquals(json("{'l':[{'id':'a'}]}").get("l"), d.get("target"));
        assertEquals("Renamed", d.getJsonObject("name").getString("en"));
    }

    @Test
    void forEachFindsObjectSubStatementAndContextActivities() {
        JsonObject statement = json("{'object':{'objectType':'SubStatement','actor':{'mbox':'mailto:a@b.c'},"
                + "'verb':{'id':'http://v'},'object':{'id':'http://a/sub','definition':{'name':{'en':'S'}}},"
                + "'context':{'contextActivities':{'other':{'id':'http://a/subctx','definition':{}}}}},"
                + "'context':{'contextActivities':{'parent':[{'id':'http://a/p','definition':{'type':'http://t'}},"
                + "{'id':'http://a/nodef'}],'grouping':{'objectType':'Activity','id':'http://a/g','definition':{}}}}}");
        List<String> ids = new ArrayList<>();
        ActivityDefinition.forEach(statement, (id, d) -> ids.add(id));
        assertEquals(List.of("http://a/sub", "http://a/subctx", "http://a/p", "http://a/g"), ids);
    }
}
