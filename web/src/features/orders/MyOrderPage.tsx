import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { Paragraph } from "suomifi-ui-components";
import { AppLink } from "../../ui/AppLink";
import { Loading } from "../../ui/Loading";
import { PageTitle } from "../../ui/PageTitle";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { needsLink, useMyOrder } from "./api";
import { LinkRequestForm } from "./LinkRequestForm";
import { OrderView } from "./OrderView";
import "./orders.css";

/** /order/mine/:jobId — one order: status and steps, workers' first names and hours, invoice, cancel. */
export function MyOrderPage() {
  const { t } = useTranslation();
  const { jobId = "" } = useParams();
  const order = useMyOrder(jobId);
  return (
    <div className="narrow order">
      <PageTitle>{order.data?.data.title ?? t("orders.mine.orderTitle")}</PageTitle>
      <Paragraph mb="m">
        <AppLink to="/order/mine">{t("orders.mine.back")}</AppLink>
      </Paragraph>
      {order.isPending && <Loading />}
      {needsLink(order.error) ? (
        <>
          <Paragraph mb="m">{t("orders.mine.needLink")}</Paragraph>
          <LinkRequestForm />
        </>
      ) : (
        <ProblemAlert error={order.error} />
      )}
      {order.data && <OrderView order={order.data.data} can={order.data.can} />}
    </div>
  );
}
