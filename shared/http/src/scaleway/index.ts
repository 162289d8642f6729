export { fromResponse, InvalidEventError, toRequest, toScalewayHandler } from "./adapter.ts";
export type { ScalewayContext, ScalewayEvent, ScalewayResponse } from "./event.ts";
