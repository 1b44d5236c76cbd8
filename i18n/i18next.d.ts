import "i18next";
import type { resources } from "./resources";

// Keys are typed from the English files: a missing or misspelt key fails `tsc`.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: (typeof resources)["en"];
  }
}
