import type { TablePaginationConfig } from 'antd';
import { useLocale } from '../i18n/use-locale';
import { totalText } from './list-texts';
import { type ListParams, PAGE_SIZES } from './use-list-params';

/** Ant Design table pagination for a server-paginated list whose page lives in the URL. */
export function useTablePagination<K extends string>(params: ListParams<K>, total: number): TablePaginationConfig {
  const { t } = useLocale();
  return {
    current: params.page,
    pageSize: params.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES.map(String),
    showTotal: (count) => t(totalText(count)),
    onChange: params.setPage,
  };
}
