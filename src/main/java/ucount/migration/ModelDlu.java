package ucount.migration;

/**
 * The devices of one model and their DLUs (R23, per device type).
 *
 * @param devices    every configured device of the model, adjuncts included
 * @param adjunct    how many of them are R21 adjuncts at {@link DluRules#ADJUNCT_DLU} each
 * @param dluEach    the full cost of one device of the model (R20)
 * @param dlu        the model's total: full-cost devices times {@code dluEach} plus the adjuncts
 * @param confidence the catalog's DLU confidence, or "assumed" for a policy cost
 * @param source     the catalog's source ids, or {@link DluRules#UNKNOWN_MODEL_SOURCE} /
 *                   {@link DluRules#NO_DLU_SOURCE} for a cost the catalog does not give
 */
public record ModelDlu(String model, int devices, int adjunct, int dluEach, int dlu, String confidence,
                       String source) {

    public boolean assumed() {
        return !confidence.equals("high");
    }

    public boolean unknownModel() {
        return source.equals(DluRules.UNKNOWN_MODEL_SOURCE);
    }
}
