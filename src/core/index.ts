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
