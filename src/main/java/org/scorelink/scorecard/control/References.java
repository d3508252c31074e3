package org.scorelink.scorecard.control;

import java.util.ArrayList;
import java.util.List;
import org.scorelink.scorecard.entity.CausalLink;
import org.scorelink.scorecard.entity.Initiative;
import org.scorelink.scorecard.entity.Measure;
import org.scorelink.scorecard.entity.Objective;
import org.scorelink.scorecard.entity.OrgUnit;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.Target;

/** Where a scorecard refers to an element, so that deleting it can be refused naming every reference. */
final class References {

    /**
     * One reference.
     *
     * @param path the referring field ({@code links[3].from})
     * @param what the referring element in words ({@code link a → b})
     */
    record Ref(String path, String what) {
    }

    private References() {
    }

    static List<Ref> toPerspective(Scorecard sc, String key) {
        List<Ref> at = new ArrayList<>();
        List<Objective> os = sc.objectives();
        for (int i = 0; i < os.size(); i++) {
            if (os.get(i).perspective().equals(key)) {
                at.add(new Ref("objectives[" + i + "].perspective", "objective '" + os.get(i).key() + "'"));
            }
        }
        List<Measure> ms = sc.measures();
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).perspective().equals(key)) {
                at.add(new Ref("measures[" + i + "].perspective", "measure '" + ms.get(i).key() + "'"));
            }
        }
        return at;
    }

    static List<Ref> toOrgUnit(Scorecard sc, String key) {
        List<Ref> at = new ArrayList<>();
        List<OrgUnit> us = sc.orgUnits();
        for (int i = 0; i < us.size(); i++) {
            if (us.get(i).parent().filter(key::equals).isPresent()) {
                at.add(new Ref("orgUnits[" + i + "].parent", "org unit '" + us.get(i).key() + "'"));
            }
        }
        List<Objective> os = sc.objectives();
        for (int i = 0; i < os.size(); i++) {
            if (os.get(i).orgUnit().filter(key::equals).isPresent()) {
                at.add(new Ref("objectives[" + i + "].orgUnit", "objective '" + os.get(i).key() + "'"));
            }
        }
        List<Target> ts = sc.targets();
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).orgUnit().filter(key::equals).isPresent()) {
                at.add(new Ref("targets[" + i + "].orgUnit", "a target of measure '" + ts.get(i).measure() + "'"));
            }
        }
        List<Initiative> is = sc.initiatives();
        for (int i = 0; i < is.size(); i++) {
            for (int j = 0; j < is.get(i).rollout().size(); j++) {
                if (is.get(i).rollout().get(j).orgUnit().equals(key)) {
                    at.add(new Ref("initiatives[" + i + "].rollout[" + j + "].orgUnit", "the rollout of initiative '"
                            + is.get(i).key() + "'"));
                }
            }
        }
        return at;
    }

    static List<Ref> toObjective(Scorecard sc, String key) {
        List<Ref> at = new ArrayList<>();
        List<Objective> os = sc.objectives();
        for (int i = 0; i < os.size(); i++) {
            if (os.get(i).parent().filter(key::equals).isPresent()) {
                at.add(new Ref("objectives[" + i + "].parent", "objective '" + os.get(i).key() + "'"));
            }
        }
        List<Measure> ms = sc.measures();
        for (int i = 0; i < ms.size(); i++) {
            int j = ms.get(i).objectives().indexOf(key);
            if (j >= 0) {
                at.add(new Ref("measures[" + i + "].objectives[" + j + "]", "measure '" + ms.get(i).key() + "'"));
            }
        }
        return at;
    }

    /** References to a measure, except its own targets (they go with it). */
    static List<Ref> toMeasure(Scorecard sc, String key) {
        List<Ref> at = new ArrayList<>();
        List<Measure> ms = sc.measures();
        for (int i = 0; i < ms.size(); i++) {
            Measure m = ms.get(i);
            if (m.key().equals(key)) {
                continue;
            }
            if (m.weightMeasure().filter(key::equals).isPresent()) {
                at.add(new Ref("measures[" + i + "].weightMeasure", "the weightMeasure of measure '" + m.key() + "'"));
            }
            if (m.formula().filter(f -> Formulas.variables(f).contains(key)).isPresent()) {
                at.add(new Ref("measures[" + i + "].formula", "the formula of measure '" + m.key() + "'"));
            }
        }
        List<CausalLink> ls = sc.links();
        for (int i = 0; i < ls.size(); i++) {
            if (ls.get(i).from().equals(key)) {
                at.add(new Ref("links[" + i + "].from", "link " + ls.get(i).label()));
            }
            if (ls.get(i).to().equals(key)) {
                at.add(new Ref("links[" + i + "].to", "link " + ls.get(i).label()));
            }
        }
        List<Initiative> is = sc.initiatives();
        for (int i = 0; i < is.size(); i++) {
            int j = is.get(i).measures().indexOf(key);
            if (j >= 0) {
                at.add(new Ref("initiatives[" + i + "].measures[" + j + "]", "initiative '" + is.get(i).key() + "'"));
            }
        }
        return at;
    }
}
