import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router';

export type RouterButtonProps = Omit<ButtonProps, 'href' | 'onClick'> & { to: To };

/** An Ant Design button that is a real link (`<a href>`) and navigates inside the app without a page load. */
export function RouterButton({ to, ...props }: RouterButtonProps) {
  const href = useHref(to);
  const onLinkClick = useLinkClickHandler<HTMLAnchorElement>(to);
  const onClick = (event: MouseEvent<HTMLElement>) => onLinkClick(event as MouseEvent<HTMLAnchorElement>);
  return <Button {...props} href={href} onClick={onClick} />;
}
