/** The public API of src/core: pure decimal finance math, no Office types. */
export { D, type Dec } from "./decimal";
export { InputError, type ExcelErrorKind } from "./inputError";
export { floorQuotient } from "./floorQuotient";
export { checkDomains, checkWholeNumber, divide, domainMessage, brokenRule, type DomainRule } from "./domain";
export { newShares, primaryIssue, votingStake, discountToMarket, type PrimaryIssue } from "./deal";
export { interestCoverage, debtServiceCoverage, netLeverage } from "./credit";
export { debtSchedule, parseAmortization, AMORTIZATIONS, MAX_YEARS, type Amortization, type DebtScheduleRow } from "./debtSchedule";
export {
  GPU_PROFILES,
  findProfile,
  UNKNOWN_GPU_MESSAGE,
  powerPerGpu,
  wattsPerGpu,
  gigawattsToGpus,
  gpusToGigawatts,
  type GpuProfile,
  type PowerPerGpu,
  type WattsPerGpu,
} from "./capacity";
export { exactProduct, exactSum } from "./exact";
export { checkRanges, rangeMessage, brokenRange, type RangeRule } from "./rangeRules";
export { NM, isNm, extremeRatio, type NotMeaningful, type Ratio } from "./notMeaningful";
export { wacc } from "./wacc";
export { terminalValue, valueDriverTerminalValue, rateNotAboveGrowth } from "./terminalValue";
export { dcf } from "./dcf";
export { dilutedShares, checkDilutiveSecurities, type DilutiveSecurities } from "./dilutedShares";
export { valuePerShare } from "./valuePerShare";
export { capacityRows, type CapacityInput, type CapacityRows } from "./capacityRows";
export { facilityRows, type Facility, type FacilityRows } from "./facilityRows";
export { covenantTests, type Covenants, type CreditLines, type CovenantTests } from "./covenantTests";
export { leverageWaterfall, type LeverageInput, type LeverageRows } from "./leverageWaterfall";
export { fullyDilutedDeal, type DealInput, type FullyDilutedDeal } from "./fullyDilutedDeal";
export { circularity, type CircularityInput, type Circularity } from "./circularity";
