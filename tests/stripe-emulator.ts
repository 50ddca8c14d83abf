/**
 * A small stand-in for Stripe's API, for tests only (Stripe's servers are not reachable from here,
 * and stripe-mock is a Go binary): it answers the endpoints the site calls, in the shapes of
 * Stripe's API reference (version pinned by the `stripe` package), keeps state in memory, serves a
 * hosted Checkout and customer portal page that a browser can "pay" on, and sends webhook events
 * signed with the SDK's own test helper. Tests drive renewals, failures and lapses through its
 * methods.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

type Obj = Record<string, unknown>;
const DAY = 86_400;
const YEAR = 365 * DAY;

/** Stripe's form encoding (`items[0][price]=…`, `expand[]=…`) into nested objects and arrays. */
export function parseStripeForm(body: string): Obj {
  const root: Obj = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const parts = rawKey.replace(/\]/g, "").split("[");
    let node: Obj | unknown[] = root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const nextIsIndex = !last && /^\d*$/.test(parts[i + 1]!);
      const key: string | number = Array.isArray(node) ? (part === "" ? node.length : Number(part)) : part;
      const container = node as Record<string | number, unknown>;
      if (last) container[key] = value;
      else {
        container[key] ??= nextIsIndex ? [] : {};
        node = container[key] as Obj;
      }
    });
  }
  return root;
}

export interface EmulatorOptions {
  webhookSecret: string;
  /** Where events go: a URL the emulator POSTs to, or a function (tests call the handler directly). */
  deliver?: string | ((payload: string, signature: string) => Promise<unknown>);
}

export class StripeEmulator {
  readonly customers = new Map<string, Obj>();
  readonly products = new Map<string, Obj>();
  readonly prices = new Map<string, Obj>();
  readonly sessions = new Map<string, Obj>();
  readonly subscriptions = new Map<string, Obj>();
  readonly invoices = new Map<string, Obj>();
  readonly paymentMethods = new Map<string, Obj>();
  /** Refunds made (payment mode: event tickets). */
  readonly refunds = new Map<string, Obj>();
  /** Every event sent, in order (tests replay and reorder them). */
  readonly events: Stripe.Event[] = [];
  /** Requests received, as "METHOD /path" (tests check what the site asked for). */
  readonly requests: string[] = [];
  /** Seconds added to the real clock (tests move time on). */
  clockOffset = 0;
  /** Hold events instead of sending them (tests deliver them in their own order). */
  holdEvents = false;
  private server?: Server;
  private pending = new Set<Promise<unknown>>();
  private counter = 0;
  private signer = new Stripe("sk_test_emulator");
  url = "";

  constructor(private options: EmulatorOptions) {}

  now(): number {
    return Math.floor(Date.now() / 1000) + this.clockOffset;
  }

  private id(prefix: string): string {
    this.counter += 1;
    return `${prefix}_emu${this.counter.toString(36).padStart(6, "0")}${Math.random().toString(36).slice(2, 8)}`;
  }

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  /** Waits for events sent after an answer (subscription updates) to be delivered. */
  async idle(): Promise<void> {
    while (this.pending.size) {
      const batch = [...this.pending];
      await Promise.all(batch);
      for (const p of batch) this.pending.delete(p);
    }
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  // ---------- events ----------

  private event(type: string, object: Obj): Stripe.Event {
    const event = {
      id: this.id("evt"),
      object: "event",
      api_version: Stripe.API_VERSION ?? null,
      created: this.now(),
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    } as unknown as Stripe.Event;
    this.events.push(event);
    return event;
  }

  /** Signs and sends one event (again, when a test replays it); returns the site's answer. */
  async send(event: Stripe.Event, options: { secret?: string; signature?: string | null } = {}): Promise<{ status: number; body: unknown }> {
    const payload = JSON.stringify(event, null, 2);
    const signature =
      options.signature !== undefined
        ? options.signature
        : this.signer.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? this.options.webhookSecret });
    const target = this.options.deliver;
    if (typeof target === "function") return (await target(payload, signature ?? "")) as { status: number; body: unknown };
    if (!target) return { status: 0, body: null };
    const response = await fetch(target, {
      method: "POST",
      headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
      body: payload,
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  }

  private async emit(...events: Stripe.Event[]) {
    if (this.holdEvents) return;
    for (const event of events) await this.send(event);
  }

  // ---------- objects ----------

  private paymentMethod(brand = "visa", last4 = "4242"): string {
    const id = this.id("pm");
    this.paymentMethods.set(id, { id, object: "payment_method", type: "card", card: { brand, last4, exp_month: 12, exp_year: 2030 } });
    return id;
  }

  private invoice(sub: Obj, amount: number, paid: boolean, reason: string): Obj {
    const id = this.id("in");
    const now = this.now();
    const invoice: Obj = {
      id,
      object: "invoice",
      customer: sub.customer,
      status: paid ? "paid" : "open",
      amount_due: amount,
      amount_paid: paid ? amount : 0,
      amount_remaining: paid ? 0 : amount,
      currency: "gbp",
      billing_reason: reason,
      created: now,
      hosted_invoice_url: `${this.url}/invoice/${id}`,
      invoice_pdf: `${this.url}/invoice/${id}/pdf`,
      livemode: false,
      parent: { type: "subscription_details", quote_details: null, subscription_details: { subscription: sub.id, metadata: {} } },
      status_transitions: { finalized_at: now, paid_at: paid ? now : null, marked_uncollectible_at: null, voided_at: null },
    };
    this.invoices.set(id, invoice);
    sub.latest_invoice = id;
    return invoice;
  }

  private item(sub: Obj): Obj {
    return ((sub.items as Obj).data as Obj[])[0]!;
  }

  /** The subscription as the API returns it (optionally with its payment method and latest invoice expanded). */
  private view(sub: Obj, expand: string[] = []): Obj {
    const copy = structuredClone(sub);
    if (expand.includes("default_payment_method") && typeof copy.default_payment_method === "string") {
      copy.default_payment_method = structuredClone(this.paymentMethods.get(copy.default_payment_method) ?? null);
    }
    if (expand.includes("latest_invoice") && typeof copy.latest_invoice === "string") {
      copy.latest_invoice = structuredClone(this.invoices.get(copy.latest_invoice) ?? null);
    }
    return copy;
  }

  /** Completes a Checkout Session as if the card was paid: subscription, paid invoice, events. */
  async completeCheckout(sessionId: string): Promise<Obj> {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`no session ${sessionId}`);
    if (session.status === "complete") return session;
    if (session.mode === "payment") return this.completePayment(session);
    const price = this.prices.get(((session.line_items as Obj[])[0]!.price as string)!)!;
    const now = this.now();
    const subId = this.id("sub");
    const sub: Obj = {
      id: subId,
      object: "subscription",
      customer: session.customer,
      status: "active",
      cancel_at_period_end: false,
      cancel_at: null,
      canceled_at: null,
      ended_at: null,
      created: now,
      start_date: now,
      collection_method: "charge_automatically",
      currency: "gbp",
      default_payment_method: this.paymentMethod(),
      latest_invoice: null,
      livemode: false,
      metadata: structuredClone((session.subscription_data as Obj | undefined)?.metadata ?? {}),
      items: {
        object: "list",
        has_more: false,
        url: `/v1/subscription_items?subscription=${subId}`,
        data: [{ id: this.id("si"), object: "subscription_item", price: structuredClone(price), quantity: 1, current_period_start: now, current_period_end: now + YEAR, subscription: subId }],
      },
    };
    this.subscriptions.set(subId, sub);
    const invoice = this.invoice(sub, price.unit_amount as number, true, "subscription_create");
    Object.assign(session, { status: "complete", payment_status: "paid", subscription: subId, invoice: invoice.id });
    await this.emit(
      this.event("customer.subscription.created", this.view(sub)),
      this.event("invoice.paid", invoice),
      this.event("checkout.session.completed", session),
    );
    return session;
  }

  /** A one-off payment (payment mode): a paid PaymentIntent and `checkout.session.completed`. */
  private async completePayment(session: Obj): Promise<Obj> {
    const item = (session.line_items as Obj[])[0]!;
    const amount = Number((item.price_data as Obj | undefined)?.unit_amount ?? 0) * Number(item.quantity ?? 1);
    Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: this.id("pi"), amount_total: session.amount_total ?? amount });
    const { line_items: _items, subscription_data: _data, ...visible } = session;
    await this.emit(this.event("checkout.session.completed", visible));
    return session;
  }

  /** The period ends: a renewing subscription is charged (or the charge fails); one set to cancel ends. */
  async endPeriod(subId: string, options: { pay?: boolean } = {}): Promise<void> {
    const sub = this.subscriptions.get(subId)!;
    const item = this.item(sub);
    const end = item.current_period_end as number;
    if (sub.cancel_at_period_end) {
      Object.assign(sub, { status: "canceled", ended_at: end, canceled_at: end });
      await this.emit(this.event("customer.subscription.deleted", this.view(sub)));
      return;
    }
    const price = item.price as Obj;
    // As Stripe does: the new period starts, then the renewal invoice is charged (or fails).
    Object.assign(item, { current_period_start: end, current_period_end: end + YEAR });
    if (options.pay === false) {
      sub.status = "past_due";
      const invoice = this.invoice(sub, price.unit_amount as number, false, "subscription_cycle");
      await this.emit(this.event("invoice.payment_failed", invoice), this.event("customer.subscription.updated", this.view(sub)));
      return;
    }
    const invoice = this.invoice(sub, price.unit_amount as number, true, "subscription_cycle");
    sub.status = "active";
    await this.emit(this.event("customer.subscription.updated", this.view(sub)), this.event("invoice.paid", invoice));
  }

  /** Stripe gives up on an unpaid subscription after its retries: it is cancelled. */
  async cancelForNonPayment(subId: string): Promise<void> {
    const sub = this.subscriptions.get(subId)!;
    // Its retries take weeks from the renewal (which a test may have reached without moving the clock).
    const gaveUpAt = Math.max(this.now(), (this.item(sub).current_period_start as number) + 21 * 86_400);
    Object.assign(sub, { status: "canceled", ended_at: gaveUpAt, canceled_at: gaveUpAt });
    await this.emit(this.event("customer.subscription.deleted", this.view(sub)));
  }

  // ---------- HTTP ----------

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", this.url);
    this.requests.push(`${req.method} ${url.pathname}`);
    const params = req.method === "GET" ? parseStripeForm(url.search.slice(1)) : parseStripeForm(body);
    const send = (status: number, value: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": this.id("req") });
      res.end(JSON.stringify(value));
    };
    const missing = (what: string) =>
      send(404, { error: { type: "invalid_request_error", code: "resource_missing", message: `No such ${what}` } });
    try {
      if (url.pathname.startsWith("/v1/")) {
        if (!String(req.headers.authorization ?? "").startsWith("Bearer sk_test_")) {
          return send(401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } });
        }
        return await this.api(req.method ?? "GET", url.pathname.split("/").slice(2), params, send, missing);
      }
      return await this.pages(req.method ?? "GET", url, params, res);
    } catch (error) {
      send(500, { error: { type: "api_error", message: String(error) } });
    }
  }

  private async api(method: string, path: string[], p: Obj, send: (s: number, v: unknown) => void, missing: (w: string) => void) {
    const [resource, id, sub] = path;
    const list = (data: Obj[], url: string) => send(200, { object: "list", data, has_more: false, url });
    const expand = ((p.expand as string[] | undefined) ?? []).map(String);
    if (resource === "customers") {
      if (method === "POST" && !id) {
        const customer = { id: this.id("cus"), object: "customer", email: p.email ?? null, name: p.name ?? null, metadata: p.metadata ?? {}, created: this.now(), livemode: false };
        this.customers.set(customer.id, customer);
        return send(200, customer);
      }
      const customer = this.customers.get(id!);
      return customer ? send(200, customer) : missing(`customer: '${id}'`);
    }
    if (resource === "products") {
      if (method === "POST" && !id) {
        const productId = (p.id as string | undefined) ?? this.id("prod");
        if (this.products.has(productId)) {
          return send(400, { error: { type: "invalid_request_error", code: "resource_already_exists", message: "Product already exists." } });
        }
        const product = { id: productId, object: "product", name: p.name, active: true, metadata: p.metadata ?? {}, created: this.now(), livemode: false };
        this.products.set(productId, product);
        return send(200, product);
      }
      const product = this.products.get(id!);
      return product ? send(200, product) : missing(`product: '${id}'`);
    }
    if (resource === "prices") {
      if (method === "POST" && !id) {
        const lookupKey = (p.lookup_key as string | undefined) ?? null;
        if (lookupKey) for (const price of this.prices.values()) if (price.lookup_key === lookupKey) price.lookup_key = null;
        const recurring = p.recurring as Obj | undefined;
        const price = {
          id: this.id("price"),
          object: "price",
          active: true,
          currency: p.currency,
          product: p.product,
          unit_amount: Number(p.unit_amount),
          lookup_key: lookupKey,
          tax_behavior: p.tax_behavior ?? "unspecified",
          type: recurring ? "recurring" : "one_time",
          recurring: recurring ? { interval: recurring.interval, interval_count: 1, usage_type: "licensed" } : null,
          metadata: p.metadata ?? {},
          created: this.now(),
          livemode: false,
        };
        this.prices.set(price.id, price);
        return send(200, price);
      }
      if (method === "GET" && !id) {
        const keys = ((p.lookup_keys as string[] | undefined) ?? []).map(String);
        return list([...this.prices.values()].filter((price) => keys.includes(price.lookup_key as string)), "/v1/prices");
      }
      const price = this.prices.get(id!);
      return price ? send(200, price) : missing(`price: '${id}'`);
    }
    if (resource === "checkout" && id === "sessions" && method === "POST") {
      const sessionId = this.id("cs_test");
      const lineItems = (p.line_items as Obj[]).map((item) => ({ price: item.price, price_data: item.price_data, quantity: Number(item.quantity ?? 1) }));
      const payment = p.mode === "payment";
      if (!payment && !this.prices.has(lineItems[0]!.price as string)) return missing(`price: '${lineItems[0]!.price}'`);
      if (payment && lineItems.some((item) => !(item.price_data as Obj | undefined)?.unit_amount)) {
        return send(400, { error: { type: "invalid_request_error", message: "line_items[0][price_data][unit_amount] is required" } });
      }
      const amountTotal = payment ? lineItems.reduce((sum, item) => sum + Number((item.price_data as Obj).unit_amount) * item.quantity, 0) : null;
      const session = {
        id: sessionId,
        object: "checkout.session",
        mode: p.mode,
        status: "open",
        payment_status: "unpaid",
        customer: p.customer ?? null,
        client_reference_id: p.client_reference_id ?? null,
        success_url: p.success_url,
        cancel_url: p.cancel_url ?? null,
        metadata: p.metadata ?? {},
        subscription: null,
        invoice: null,
        payment_intent: null,
        customer_email: p.customer_email ?? null,
        line_items: lineItems,
        subscription_data: p.subscription_data ?? null,
        amount_total: amountTotal,
        currency: "gbp",
        url: `${this.url}/pay/${sessionId}`,
        created: this.now(),
        livemode: false,
      };
      this.sessions.set(sessionId, session);
      const { line_items: _items, subscription_data: _data, ...visible } = session;
      return send(200, visible);
    }
    if (resource === "checkout" && id === "sessions" && sub && method === "GET") {
      const session = this.sessions.get(sub);
      if (!session) return missing(`checkout.session: '${sub}'`);
      const { line_items: _items, subscription_data: _data, ...visible } = session;
      return send(200, visible);
    }
    if (resource === "subscriptions" && id) {
      const subscription = this.subscriptions.get(id);
      if (!subscription) return missing(`subscription: '${id}'`);
      if (method === "POST" && !sub) {
        await this.updateSubscription(subscription, p);
        return send(200, this.view(subscription, expand));
      }
      if (method === "DELETE" && !sub) {
        // Cancel now, as Stripe does: a subscription already cancelled cannot be cancelled again.
        if (subscription.status === "canceled") {
          return send(400, { error: { type: "invalid_request_error", message: "This subscription has already been canceled." } });
        }
        Object.assign(subscription, { status: "canceled", ended_at: this.now(), canceled_at: this.now() });
        const event = this.event("customer.subscription.deleted", this.view(subscription));
        this.pending.add(
          new Promise<void>((resolve) => setImmediate(resolve))
            .then(() => this.emit(event))
            .catch(() => {}),
        );
        return send(200, this.view(subscription, expand));
      }
      return send(200, this.view(subscription, expand));
    }
    if (resource === "refunds" && method === "POST") {
      const paid = [...this.sessions.values()].find((s) => s.payment_intent === p.payment_intent);
      if (!paid) return missing(`payment_intent: '${String(p.payment_intent)}'`);
      const refund = { id: this.id("re"), object: "refund", payment_intent: p.payment_intent, amount: paid.amount_total, currency: "gbp", status: "succeeded", created: this.now() };
      this.refunds.set(refund.id, refund);
      return send(200, refund);
    }
    if (resource === "invoices" && id) {
      const invoice = this.invoices.get(id);
      return invoice ? send(200, invoice) : missing(`invoice: '${id}'`);
    }
    if (resource === "billing_portal" && id === "sessions" && method === "POST") {
      const portalId = this.id("bps");
      return send(200, {
        id: portalId,
        object: "billing_portal.session",
        customer: p.customer,
        return_url: p.return_url,
        url: `${this.url}/portal/${encodeURIComponent(String(p.customer))}?return_url=${encodeURIComponent(String(p.return_url ?? ""))}`,
        created: this.now(),
        livemode: false,
      });
    }
    return send(404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: /v1/${path.join("/")})` } });
  }

  private async updateSubscription(sub: Obj, p: Obj) {
    const events: Stripe.Event[] = [];
    if (p.metadata) {
      const metadata = { ...(sub.metadata as Obj) };
      for (const [key, value] of Object.entries(p.metadata as Obj)) {
        if (value === "") delete metadata[key];
        else metadata[key] = value;
      }
      sub.metadata = metadata;
    }
    if (p.cancel_at_period_end !== undefined) sub.cancel_at_period_end = p.cancel_at_period_end === "true";
    const newPrice = (p.items as Obj[] | undefined)?.[0]?.price as string | undefined;
    let invoice: Obj | null = null;
    if (newPrice) {
      const item = this.item(sub);
      const old = item.price as Obj;
      const price = this.prices.get(newPrice)!;
      item.price = structuredClone(price);
      const now = this.now();
      const start = item.current_period_start as number;
      const end = item.current_period_end as number;
      // Proration as Stripe reckons it: the unused time on the old price credited, the rest of the period on the new one charged.
      const left = Math.max(0, end - now) / (end - start);
      const owed = Math.round(((price.unit_amount as number) - (old.unit_amount as number)) * left);
      if (p.proration_behavior === "always_invoice" && owed > 0) invoice = this.invoice(sub, owed, true, "subscription_update");
    }
    events.push(this.event("customer.subscription.updated", this.view(sub)));
    if (invoice) events.push(this.event("invoice.paid", invoice));
    // Stripe answers the request first and sends events soon after.
    this.pending.add(
      new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => this.emit(...events))
        .catch(() => {}),
    );
  }

  private async pages(method: string, url: URL, p: Obj, res: ServerResponse) {
    const html = (status: number, body: string) => {
      res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stripe emulator</title></head><body><main>${body}</main></body></html>`);
    };
    const [, kind, id] = url.pathname.split("/");
    if (kind === "pay" && id) {
      const session = this.sessions.get(id);
      if (!session) return html(404, "<h1>No such session</h1>");
      if (method === "POST") {
        await this.completeCheckout(id);
        res.writeHead(303, { location: String(session.success_url).replace("{CHECKOUT_SESSION_ID}", id) });
        return res.end();
      }
      const line = (session.line_items as Obj[])[0]!;
      const oneOff = line.price_data as Obj | undefined;
      const price = oneOff ? null : this.prices.get(line.price as string)!;
      const what = price
        ? `Subscription: £${((price.unit_amount as number) / 100).toFixed(2)} a year`
        : `${String((oneOff!.product_data as Obj | undefined)?.name ?? "Payment")}: £${((session.amount_total as number) / 100).toFixed(2)}`;
      return html(
        200,
        `<h1>Pay SEND Network</h1><p>${what}</p>
        <form method="post"><label>Card number <input name="card" value="4242 4242 4242 4242"></label><button type="submit">${price ? "Pay and subscribe" : "Pay"}</button></form>
        <p><a href="${String(session.cancel_url ?? "/")}">Back</a></p>`,
      );
    }
    if (kind === "portal" && id) {
      const customer = decodeURIComponent(id);
      const returnUrl = String(p.return_url ?? url.searchParams.get("return_url") ?? "/");
      if (method === "POST") {
        const pm = this.paymentMethod("mastercard", "4444");
        const events: Stripe.Event[] = [];
        for (const sub of this.subscriptions.values()) {
          if (sub.customer !== customer) continue;
          sub.default_payment_method = pm;
          events.push(this.event("customer.subscription.updated", this.view(sub)));
        }
        await this.emit(...events);
        res.writeHead(303, { location: returnUrl });
        return res.end();
      }
      return html(200, `<h1>Update your card</h1><form method="post"><input type="hidden" name="return_url" value="${returnUrl.replace(/"/g, "&quot;")}"><button type="submit">Use card ending 4444</button></form>`);
    }
    if (kind === "invoice" && id) return html(200, `<h1>Invoice ${id}</h1>`);
    // Test helper (as Stripe's test clocks): the customer's renewal comes due now, paid or failing.
    if (kind === "test_helpers" && id === "renew" && method === "POST") {
      const email = url.searchParams.get("email");
      const customers = [...this.customers.values()].filter((c) => c.email === email).map((c) => c.id);
      const due = [...this.subscriptions.values()].filter((sub) => customers.includes(sub.customer) && sub.status !== "canceled");
      for (const sub of due) {
        this.item(sub).current_period_end = this.now() - 60;
        await this.endPeriod(sub.id as string, { pay: url.searchParams.get("pay") !== "0" });
      }
      res.writeHead(due.length ? 200 : 404, { "content-type": "application/json" });
      return res.end(JSON.stringify({ renewed: due.length }));
    }
    return html(404, "<h1>Not found</h1>");
  }
}
