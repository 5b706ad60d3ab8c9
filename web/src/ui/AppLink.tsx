import { Link as RouterDomLink } from "react-router";
import { RouterLink } from "suomifi-ui-components";

/** A Suomi.fi-styled link that navigates inside the app without reloading. */
export function AppLink({
  to,
  children,
  className,
}: {
  to: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <RouterLink asComponent={RouterDomLink} to={to} className={className}>
      {children}
    </RouterLink>
  );
}
