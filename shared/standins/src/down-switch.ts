// Lets tests simulate an external service that is down: an HTTP error status, or no answer at all.
import type { ServerResponse } from "node:http";
import { sendJson } from "./http.ts";

/** `true` answers 503 to every request, `"timeout"` never answers, `false` behaves normally. */
export type Unavailability = boolean | "timeout";

/** An HTTP status to answer with, or `"timeout"` to leave the request hanging. */
export type Failure = number | "timeout";

export interface DownControls {
  /** The next request (or the next `times` requests) fails with `failure` (default 503). */
  failNext(failure?: Failure, times?: number): void;
  /** Switches the service down (`true` = 503, `"timeout"` = no answer) or back up (`false`). */
  setUnavailable(mode: Unavailability): void;
}

export interface DownSwitch extends DownControls {
  /** Returns true when the request was taken over by a simulated failure. */
  intercept(res: ServerResponse): boolean;
}

export function createDownSwitch(initial: Unavailability = false): DownSwitch {
  let mode: Unavailability = initial;
  const queued: Failure[] = [];

  const fail = (res: ServerResponse, failure: Failure): true => {
    // A hanging request is released by the client's own timeout or by close().
    if (failure !== "timeout") sendJson(res, failure, { message: "Service indisponible (simulation)" });
    return true;
  };

  return {
    failNext(failure = 503, times = 1) {
      for (let i = 0; i < times; i++) queued.push(failure);
    },
    setUnavailable(next) {
      mode = next;
    },
    intercept(res) {
      const next = queued.shift();
      if (next !== undefined) return fail(res, next);
      if (mode === "timeout") return fail(res, "timeout");
      if (mode) return fail(res, 503);
      return false;
    },
  };
}
