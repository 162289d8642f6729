import { ServiceExterneIndisponible } from "@coop/external";
import { ApiError } from "@coop/http";

/** Runs a call to an external service; its outage becomes the house 503 with the client's French message. */
export const appelExterne = async <T>(call: () => Promise<T>): Promise<T> => {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ServiceExterneIndisponible)
      throw new ApiError("service_unavailable", { message: error.message });
    throw error;
  }
};
