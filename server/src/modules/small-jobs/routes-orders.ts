import type { FastifyInstance, FastifyReply } from "fastify";
import { Type } from "typebox";
import type { Config } from "../../config";
import { type Db, inRegion } from "../../db/client";
import { access } from "../../http/context";
import { publicRoute } from "../../http/route";
import {
  Accepted,
  BrokerList,
  ConfirmResponse,
  JobIdParams,
  MyOrderList,
  MyOrderResponse,
  OrderCancel,
  OrderConfirm,
  OrderCreate,
  OrdererHours,
  OrderLinkRequest,
  PublicRegionList,
  RegionCodeParams,
  WorkerIdParams,
} from "./api-orders";
import { invoicePdf } from "./documents";
import { confirmHours } from "./hours";
import {
  clearOrdererCookie,
  findOrdererByAccessToken,
  ORDERER_COOKIE,
  type Orderer,
  ordererAccessRecorder,
  ordererRoute,
  setOrdererCookie,
} from "./orderer-route";
import {
  confirmByLink,
  listBrokers,
  placeOrder,
  publicRegions,
  requestLink,
  requireRegion,
  signOutOrderer,
} from "./orders";
import { cancelMyOrder, confirmMyOrder, myJob, myOrder, myOrders, myWorker } from "./orders-mine";

/**
 * Household orders (decision 024): the public order page's regions and brokers, the order itself, its
 * one-time e-mail link, and the orderer's own pages behind the orderer cookie (no Polku account).
 */
export function ordersRoutes(app: FastifyInstance, db: Db, config: Config) {
  const mail = { publicUrl: config.publicUrl, smtpConfigured: config.smtpUrl !== null };
  const tags = ["household orders"];
  const orderPage = access.public("a household orders a small job without an account (decision 024)");

  publicRoute(app, db, {
    method: "GET",
    url: "/api/public/regions",
    summary: "Regions a household can order a small job in (code and name)",
    tags,
    access: access.public("the order page lists the regions; their names are public"),
    schema: { response: { 200: PublicRegionList } },
    handler: async () => ({ data: await publicRegions(db) }),
  });

  publicRoute(app, db, {
    method: "GET",
    url: "/api/public/regions/:code/brokers",
    summary: "The region's associations and parishes that take household orders",
    tags,
    access: access.public("the order page lists the associations that broker orders; their names are public"),
    schema: { params: RegionCodeParams, response: { 200: BrokerList } },
    handler: async (ctx, req) => {
      const regionId = await requireRegion(db, req.params.code);
      return { data: await inRegion(db, { regionId, requestId: ctx.requestId }, (tx) => listBrokers(tx)) };
    },
  });

  publicRoute(app, db, {
    method: "POST",
    url: "/api/public/orders",
    summary:
      "Order a small job: saved unconfirmed, and a one-time confirmation link is mailed (valid 48 hours)",
    tags,
    access: orderPage,
    config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
    schema: { body: OrderCreate, response: { 202: Accepted } },
    handler: async (ctx, req, reply) => {
      await placeOrder(db, req.body, mail, ctx.requestId);
      // 202: the order waits for the e-mail confirmation before anything happens.
      reply.code(202);
      return { accepted: true };
    },
  });

  publicRoute(app, db, {
    method: "POST",
    url: "/api/public/orders/confirm",
    summary:
      "Open a one-time link: confirms the order (the association is notified) and gives the orderer cookie (90 days)",
    tags,
    access: access.public("the one-time link from the orderer's e-mail is the proof"),
    config: { rateLimit: { max: 20, timeWindow: "1 minute" } },
    schema: { body: OrderConfirm, response: { 200: ConfirmResponse } },
    handler: async (ctx, req, reply) => {
      const route = "POST /api/public/orders/confirm";
      const { accessToken, result } = await confirmByLink(
        db,
        req.body.token,
        ctx.requestId,
        async (tx, orderer: Orderer, jobId) => {
          const me = { name: orderer.name, email: orderer.email };
          if (!jobId) {
            return {
              data: null,
              can: { cancel: false, confirm: false, confirmHours: false, invoice: false },
              orderer: me,
            };
          }
          const order = await myOrder(
            tx,
            orderer,
            jobId,
            ordererAccessRecorder(tx, orderer.id, route, ctx.requestId),
          );
          return { ...order, orderer: me };
        },
      );
      setOrdererCookie(reply as unknown as FastifyReply, config, accessToken);
      return result;
    },
  });

  publicRoute(app, db, {
    method: "POST",
    url: "/api/public/orders/link",
    summary:
      "Ask for a one-time link to your orders by e-mail; always 202, whether or not the address has orders",
    tags,
    access: access.public(
      "an orderer without the cookie asks for a new link; the answer never tells who has ordered",
    ),
    config: { rateLimit: { max: 5, timeWindow: "1 minute" } },
    schema: { body: OrderLinkRequest, response: { 202: Accepted } },
    handler: async (ctx, req, reply) => {
      await requestLink(db, req.body, mail, ctx.requestId);
      reply.code(202);
      return { accepted: true };
    },
  });

  publicRoute(app, db, {
    method: "POST",
    url: "/api/orders/sign-out",
    summary: "End the orderer's access in this browser (the cookie and its secret)",
    tags,
    access: access.public("signing out needs no proof; it only ends the cookie the browser sends"),
    status: 204,
    schema: {},
    handler: async (ctx, req, reply) => {
      const found = await findOrdererByAccessToken(db, req.cookies[ORDERER_COOKIE]);
      if (found) {
        await inRegion(db, { regionId: found.regionId, requestId: ctx.requestId }, (tx) =>
          signOutOrderer(tx, found.ordererId),
        );
      }
      clearOrdererCookie(reply as unknown as FastifyReply);
    },
  });

  ordererRoute(app, db, {
    method: "GET",
    url: "/api/orders/mine",
    summary: "The orderer's orders: title, status, window, the association",
    tags,
    schema: { response: { 200: MyOrderList } },
    handler: async (ctx, _req, reply) => {
      reply.header("cache-control", "no-store");
      return {
        data: await myOrders(ctx.tx, ctx.orderer),
        orderer: { name: ctx.orderer.name, email: ctx.orderer.email },
      };
    },
  });

  ordererRoute(app, db, {
    method: "GET",
    url: "/api/orders/mine/:jobId",
    summary:
      "One order: status and steps, the workers' first names and hours (each in the access log), invoice available",
    tags,
    schema: { params: JobIdParams, response: { 200: MyOrderResponse } },
    handler: async (ctx, req, reply) => {
      reply.header("cache-control", "no-store");
      return myOrder(ctx.tx, ctx.orderer, req.params.jobId, ctx.recordAccess);
    },
  });

  ordererRoute(app, db, {
    method: "POST",
    url: "/api/orders/mine/:jobId/confirm",
    summary: "Confirm a pending order from the orderer's page (when its own link has expired)",
    tags,
    schema: { params: JobIdParams, response: { 200: MyOrderResponse } },
    handler: async (ctx, req) => {
      await confirmMyOrder(ctx.tx, ctx.orderer, req.params.jobId);
      return myOrder(ctx.tx, ctx.orderer, req.params.jobId, ctx.recordAccess);
    },
  });

  ordererRoute(app, db, {
    method: "POST",
    url: "/api/orders/mine/:jobId/cancel",
    summary: "Cancel the order with a reason while it is a draft or open",
    tags,
    schema: { params: JobIdParams, body: OrderCancel, response: { 200: MyOrderResponse } },
    handler: async (ctx, req) => {
      await cancelMyOrder(ctx.tx, ctx.orderer, req.params.jobId, req.body.reason);
      return myOrder(ctx.tx, ctx.orderer, req.params.jobId, ctx.recordAccess);
    },
  });

  ordererRoute(app, db, {
    method: "POST",
    url: "/api/orders/mine/workers/:workerId/hours",
    summary: "The orderer confirms a worker's hours after the work (the pay is fixed when both sides agree)",
    tags,
    schema: { params: WorkerIdParams, body: OrdererHours, response: { 200: MyOrderResponse } },
    handler: async (ctx, req) => {
      const { worker, job } = await myWorker(ctx.tx, ctx.orderer, req.params.workerId);
      await confirmHours(ctx.tx, worker, "orderer", req.body);
      return myOrder(ctx.tx, ctx.orderer, job.id, ctx.recordAccess);
    },
  });

  ordererRoute(app, db, {
    method: "GET",
    url: "/api/orders/mine/:jobId/invoice.pdf",
    summary: "The order's invoice as PDF (labour on its own line), in the orderer's language",
    tags,
    schema: {
      params: JobIdParams,
      response: {
        200: {
          description: "The PDF file (a download)",
          content: { "application/pdf": { schema: Type.String({ format: "binary" }) } },
        },
      },
    },
    handler: async (ctx, req, reply) => {
      const row = await myJob(ctx.tx, ctx.orderer, req.params.jobId);
      const pdf = await invoicePdf(ctx.tx, row.job.id, ctx.lang);
      reply
        .header("content-disposition", `attachment; filename="invoice-${row.job.id.slice(0, 8)}.pdf"`)
        .header("cache-control", "no-store")
        .type("application/pdf");
      return pdf;
    },
  });
}
