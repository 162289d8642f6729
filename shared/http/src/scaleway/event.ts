/**
 * The HTTP event a Scaleway Serverless Function receives (Node runtimes), as the platform sends it.
 * The platform keeps only the last value of a repeated query key in `queryStringParameters`; its local
 * emulator may send arrays there instead. `isBase64Encoded` is set by a heuristic (any body that is valid
 * base64, text included), so it cannot be trusted alone.
 */
export type ScalewayEvent = {
  resource?: string;
  path: string;
  httpMethod: string;
  headers?: Record<string, string | string[] | undefined> | null;
  multiValueHeaders?: Record<string, string[]> | null;
  queryStringParameters?: Record<string, string | string[]> | null;
  multiValueQueryStringParameters?: Record<string, string[]> | null;
  pathParameters?: Record<string, string> | null;
  stageVariables?: Record<string, string> | null;
  requestContext?: { requestId?: string; httpMethod?: string; [key: string]: unknown };
  body?: string | null;
  isBase64Encoded?: boolean;
};

export type ScalewayContext = {
  memoryLimitInMb?: number;
  functionName?: string;
  functionVersion?: string;
};

/** Header values may be arrays: that is how several Set-Cookie headers reach the client. */
export type ScalewayResponse = {
  statusCode: number;
  headers: Record<string, string | string[]>;
  body: string;
  isBase64Encoded: boolean;
};
