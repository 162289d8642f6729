export { scalewayFunction } from "./function-handler.ts";
export type { FunctionName } from "./routes.ts";
export { functionForPath, functionNames, routeTable } from "./routes.ts";
