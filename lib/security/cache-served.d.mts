type Condition = { type: "header" | "query"; key: string; value?: string };
export declare const cacheServedPages: string;
export declare const lists: { source: string; twin: string; keys: string[] }[];
export declare const listKeys: string[];
export declare function canonicalValue(key: string): string;
export declare const proxyConditions: Condition[];
export declare const listRewrites: { source: string; destination: string; has?: Condition[]; missing: Condition[] }[];
export declare const baseDirectives: string[];
