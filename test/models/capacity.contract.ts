/**
 * What the capacity model's contract (docs/models.md) requires of its sheet, for the
 * static checks (staticChecks.test.ts finds this file by its name).
 */
import type { ModelContract } from "./contract";

const contract: ModelContract = {
  scalars: ["FirstYear", "Scenario", "GigawattsBefore", "Profile", "WattsPerGpu", "PUE", "CapexPerMW", "CapexPerGpu", "PricePerGpuHour", "Utilization", "EbitdaMargin", "GpuLife", "FacilityLife", "OpeningDepreciation", "OpeningDepreciationYears", "OpeningFleetAge", "HoursPerYear", "GpusBefore", "MasterCheck"],
  series: ["Years", "Gigawatts", "GPUs", "GpusInService", "Revenue", "EBITDA", "GpusAdded", "FacilityCapex", "GpuCapex", "ReplacedGpus", "ReplacementCapex", "Capex", "MaintenanceCapex", "Depreciation"],
  grids: [],
  estimates: { atLeast: 3 },
};

export default contract;
