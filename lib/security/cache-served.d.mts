export declare const cacheServedPages: string;
export declare const listKeys: string[];
export declare const proxyConditions: { type: "header" | "query"; key: string; value?: string }[];
export declare const listRewrites: { source: string; destination: string; missing: typeof proxyConditions }[];
export declare const baseDirectives: string[];
