import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { Button, Dropdown, DropdownItem, Paragraph, TextInput } from "suomifi-ui-components";
import { isUserStatus, USER_STATUSES } from "../../../app/domain";
import { AppLink } from "../../../ui/AppLink";
import { DataTable } from "../../../ui/DataTable";
import { Loading } from "../../../ui/Loading";
import { PageTitle } from "../../../ui/PageTitle";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { type UserFilters, useUsers } from "./api";
import { membershipLabel } from "./format";

const ALL = "all";

export function UsersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get("status");
  const filters: UserFilters = {
    q: params.get("q") ?? "",
    status: isUserStatus(statusParam) ? statusParam : "",
  };
  const [q, setQ] = useState(filters.q);
  const [status, setStatus] = useState<string>(filters.status || ALL);
  const users = useUsers(filters);

  function search(event: React.FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (q.trim() !== "") next.set("q", q.trim());
    if (isUserStatus(status)) next.set("status", status);
    setParams(next);
  }

  const columns = [
    { key: "name", labelText: t("users.name") },
    { key: "email", labelText: t("users.email") },
    { key: "status", labelText: t("users.status") },
    { key: "memberships", labelText: t("users.memberships") },
  ] as const;

  return (
    <>
      <PageTitle>{t("users.title")}</PageTitle>
      {users.data?.can.invite && (
        <p>
          <Link to="/admin/users/new" className="plain-link">
            {t("users.invite")}
          </Link>
        </p>
      )}
      <search aria-label={t("users.searchLabel")}>
        <form onSubmit={search} className="filters">
          <TextInput
            labelText={t("users.search")}
            hintText={t("users.searchHint")}
            name="q"
            value={q}
            onChange={(value) => setQ(String(value ?? ""))}
          />
          <Dropdown labelText={t("users.status")} name="status" value={status} onChange={setStatus}>
            {[
              <DropdownItem key={ALL} value={ALL}>
                {t("users.allStatuses")}
              </DropdownItem>,
              ...USER_STATUSES.map((option) => (
                <DropdownItem key={option} value={option}>
                  {t(`userStatus.${option}`)}
                </DropdownItem>
              )),
            ]}
          </Dropdown>
          <Button type="submit">{t("common.search")}</Button>
        </form>
      </search>
      {users.isPending && <Loading />}
      <ProblemAlert error={users.error} />
      {users.data &&
        (users.data.data.length === 0 ? (
          <Paragraph>{t("users.empty")}</Paragraph>
        ) : (
          <DataTable
            caption={t("users.listCaption", { total: users.data.data.length })}
            columns={columns}
            rows={users.data.data.map((user) => ({
              id: user.id,
              name: <AppLink to={`/admin/users/${user.id}`}>{user.name}</AppLink>,
              email: user.email,
              status: t(`userStatus.${user.status}`),
              memberships: (
                <ul className="cell-list">
                  {user.memberships.map((membership) => (
                    <li key={membership.id}>{membershipLabel(t, membership)}</li>
                  ))}
                </ul>
              ),
            }))}
          />
        ))}
    </>
  );
}
