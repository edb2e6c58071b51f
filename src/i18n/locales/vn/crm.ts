/** CRM fields view (Vietnamese). */
export default {
  fields: {
    title: 'Trường liên lạc CRM',
    description: 'Các trường của thông tin liên lạc trong hoạt động CRM (crm.activity.communication.fields), theo mô tả của cổng thông tin.',
    tableLabel: 'Trường liên lạc CRM',
    columns: {
      code: 'Trường',
      title: 'Tên',
      type: 'Loại',
      isRequired: 'Bắt buộc',
      isReadOnly: 'Chỉ đọc',
      isImmutable: 'Không thể thay đổi',
      isMultiple: 'Nhiều giá trị',
      isDynamic: 'Động'
    },
    yes: 'Có',
    no: 'Không',
    loading: 'Đang tải các trường…',
    emptyTitle: 'Không có trường nào',
    emptyDescription: 'Cổng thông tin không mô tả trường liên lạc nào.',
    errorTitle: 'Không thể tải các trường'
  }
}
