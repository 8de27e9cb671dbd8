// Preview templates are registered here.
