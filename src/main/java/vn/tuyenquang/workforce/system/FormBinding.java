package vn.tuyenquang.workforce.system;

import java.util.List;

import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * Forms are records, built through their constructor. When a value cannot be converted ("abc" for a latitude), Spring
 * still builds the record (with nothing for that value) but keeps a binding result made before the record existed,
 * with no record behind it: the page showing the error beside the field then failed (500) reading the other fields.
 * Here such a result is carried over, every error with it, to one that has the record behind it.
 */
@Configuration(proxyBeanMethods = false)
class FormBinding {

    @Bean
    WebMvcRegistrations recordFormsShowTheirErrors() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new RequestMappingHandlerAdapter() {
                    @Override
                    protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> methods) {
                        return new ServletRequestDataBinderFactory(methods, getWebBindingInitializer()) {
                            @Override
                            protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
                                                                                    NativeWebRequest request) {
                                return new RecordBinder(target, objectName);
                            }
                        };
                    }
                };
            }
        };
    }

    static final class RecordBinder extends ExtendedServletRequestDataBinder {

        private AbstractPropertyBindingResult withRecord;

        RecordBinder(Object target, String objectName) {
            super(target, objectName);
        }

        @Override
        protected AbstractPropertyBindingResult getInternalBindingResult() {
            AbstractPropertyBindingResult result = super.getInternalBindingResult();
            if (result.getTarget() != null || getTarget() == null) {
                return result;
            }
            if (withRecord == null) {
                withRecord = new BeanPropertyBindingResult(getTarget(), getObjectName(), isAutoGrowNestedPaths(),
                        getAutoGrowCollectionLimit());
                withRecord.setMessageCodesResolver(result.getMessageCodesResolver());
                withRecord.addAllErrors(result);
            }
            return withRecord;
        }
    }
}
