import { z } from "zod";

// Validation messages are shown to people: French everywhere.
z.config(z.locales.fr());

export { z };
